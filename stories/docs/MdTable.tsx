import { Fragment, type ReactElement, type ReactNode } from 'react';

/** `code` and **bold** inside a cell, the only Markdown the tables use. */
function inline(text: string): ReactNode {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((piece, index) => {
    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of a fixed string never reorder.
    if (piece.startsWith('`')) return <code key={index}>{piece.slice(1, -1)}</code>;
    // biome-ignore lint/suspicious/noArrayIndexKey: as above.
    if (piece.startsWith('**')) return <strong key={index}>{piece.slice(2, -2)}</strong>;
    // biome-ignore lint/suspicious/noArrayIndexKey: as above.
    return <Fragment key={index}>{piece}</Fragment>;
  });
}

/**
 * A table for the MDX pages, from rows of strings (the first is the header). Storybook's MDX has
 * no GitHub-flavoured Markdown (remark-gfm is not installed), so Markdown tables would not render.
 */
export function MdTable({ rows }: { rows: string[][] }): ReactElement {
  const [head = [], ...body] = rows;
  return (
    <table>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell} scope="col">
              {inline(cell)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {body.map((row) => (
          <tr key={row.join('|')}>
            {row.map((cell, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row are positional.
              <td key={index}>{inline(cell)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
