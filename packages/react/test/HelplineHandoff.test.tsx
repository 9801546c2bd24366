import { type Decision, decide, type HandoffEvent, HELPLINE_3018 } from '@helpline-handoff/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { HelplineHandoff } from '../src/index.js';
import { expectAccessible } from './axe.js';
import { CASES, CLOSED, OPEN } from './cases.js';

const PARTS_IN_ORDER = ['hh-title', 'hh-body', 'hh-action', 'hh-number', 'hh-copy', 'hh-hours', 'hh-status', 'hh-privacy'];

function rendered(container: HTMLElement): HTMLElement {
  return container.querySelector('.hh-root') as HTMLElement;
}

function partText(root: HTMLElement, part: string): string | null {
  return root.querySelector(`.hh-${part}`)?.textContent ?? null;
}

describe.each(CASES)('$name', ({ props, kind, reason, number, href }) => {
  const decision = decide({ ...props, now: props.now as Date }) as Decision;

  test(`decides ${kind} / ${reason}`, () => {
    expect([decision.kind, decision.reason]).toEqual([kind, reason]);
  });

  if (kind === 'none') {
    test('renders nothing at all', () => {
      const { container } = render(<HelplineHandoff {...props} />);
      expect(container.innerHTML).toBe('');
    });
    return;
  }

  test('renders the anatomy with data-kind and data-reason', () => {
    const { container } = render(<HelplineHandoff {...props} />);
    const root = rendered(container);
    expect(root.dataset.kind).toBe(kind);
    expect(root.dataset.reason).toBe(reason);
    const classes = [...root.children].map((child) => child.className).filter((name) => PARTS_IN_ORDER.includes(name));
    expect(classes).toEqual(PARTS_IN_ORDER.filter((part) => classes.includes(part)));
    for (const part of ['title', 'body', 'action', 'hours', 'status', 'privacy'] as const) {
      // Empty texts (no status before the time is known, say) leave their part out.
      expect(partText(root, part)).toBe(decision.texts[part] || null);
    }
  });

  test('the action is a link to the decision href; the number is visible text', () => {
    const { container } = render(<HelplineHandoff {...props} />);
    const action = screen.getByRole('link', { name: decision.texts.action });
    expect(action).toHaveAttribute('href', href);
    expect(action).toHaveClass('hh-action');
    expect(partText(rendered(container), 'number')).toBe(number ?? null);
    if (number) expect(screen.getByText(number)).toBeVisible();
  });

  test('is a region labelled by its title', () => {
    render(<HelplineHandoff {...props} />);
    expect(screen.getByRole('region', { name: decision.texts.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: decision.texts.title })).toBeInTheDocument();
  });

  test('has a copy button wherever it shows the number but cannot place the call', () => {
    render(<HelplineHandoff {...props} />);
    const shownNotCalled = decision.kind === 'link' && decision.number !== undefined;
    expect(screen.queryByRole('button', { name: decision.texts.copy }) !== null).toBe(shownNotCalled);
  });

  test('passes axe', async () => {
    const { container } = render(<HelplineHandoff {...props} />);
    await expectAccessible(container);
  });
});

describe('texts', () => {
  test.each([
    ['fr', 'victim', 'Appeler le 3018', "Vous n'êtes pas seul·e"],
    ['fr', 'witness', 'Appeler le 3018', "Merci d'avoir signalé"],
    ['en', 'victim', 'Call 3018', 'You are not alone'],
    ['en-GB', 'witness', 'Call 3018', 'Thank you for reporting'],
  ] as const)('%s, %s: %s', (locale, role, action, body) => {
    const { container } = render(<HelplineHandoff now={OPEN} locale={locale} report={{ category: 'harassment', role }} />);
    expect(screen.getByRole('link')).toHaveTextContent(action);
    expect(partText(rendered(container), 'body')).toContain(body);
  });

  test('messages override any text, per locale, with strings or functions', () => {
    const messages = { en: { title: 'Talk to someone', action: ({ number }: { number?: string }) => `Ring ${number}` } };
    render(<HelplineHandoff now={OPEN} locale="en" messages={messages} />);
    expect(screen.getByRole('heading')).toHaveTextContent('Talk to someone');
    expect(screen.getByRole('link')).toHaveTextContent('Ring 3018');
  });

  test('timeZone is passed through: the hours name Paris time for a reporter elsewhere', () => {
    const { container } = render(<HelplineHandoff now={OPEN} timeZone="America/Montreal" />);
    expect(partText(rendered(container), 'hours')).toContain('heure de Paris');
  });

  test('formatPhone is passed through', () => {
    const formatPhone = vi.fn(() => ({ href: 'tel:+33100000000', display: '01 00 00 00 00' }));
    render(<HelplineHandoff now={OPEN} helpline={{ ...HELPLINE_3018, phone: '+33 1 00 00 00 00' }} formatPhone={formatPhone} />);
    expect(formatPhone).toHaveBeenCalled();
    expect(screen.getByRole('link')).toHaveAttribute('href', 'tel:+33100000000');
  });
});

describe('styling hooks', () => {
  test('className adds to hh-root; unstyled keeps the markup and marks the root', () => {
    const styled = render(<HelplineHandoff now={OPEN} className="mine" />);
    const root = rendered(styled.container);
    expect(root).toHaveClass('hh-root', 'mine');
    expect(root).not.toHaveAttribute('data-unstyled');
    const withoutIds = (html: string) => html.replaceAll(/"[^"]*-title"/g, 'ID').replace(' data-unstyled=""', '');
    const html = withoutIds(root.outerHTML);
    styled.unmount();
    const { container } = render(<HelplineHandoff now={OPEN} className="mine" unstyled />);
    expect(rendered(container)).toHaveAttribute('data-unstyled', '');
    expect(withoutIds(rendered(container).outerHTML)).toBe(html);
  });

  test('headingLevel sets the title heading level', () => {
    render(<HelplineHandoff now={OPEN} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveClass('hh-title');
  });

  test.each([7, '2 x', {}])('a headingLevel that is no heading level (%j) gives the default h2', (level) => {
    render(<HelplineHandoff now={OPEN} headingLevel={level as 2} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveClass('hh-title');
  });

  test('children or inner HTML passed without types are ignored, not thrown on', () => {
    const untyped = { children: 'x', dangerouslySetInnerHTML: { __html: '<b>x</b>' } } as object;
    render(<HelplineHandoff now={OPEN} {...untyped} />);
    expect(document.querySelector('.hh-root b')).toBeNull();
    expect(screen.getByRole('link')).toHaveAttribute('href', 'tel:3018');
  });

  test('a website link sends no referrer; a call link needs none', () => {
    const { rerender } = render(<HelplineHandoff now={CLOSED} />);
    expect(screen.getByRole('link')).toHaveAttribute('rel', 'noreferrer');
    rerender(<HelplineHandoff now={OPEN} />);
    expect(screen.getByRole('link')).not.toHaveAttribute('rel');
  });
});

describe('announcing and focus', () => {
  test('announces the hand-off politely after it appears, without taking focus', () => {
    render(<HelplineHandoff now={OPEN} />);
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent("Besoin d'en parler ?");
    expect(document.activeElement).toBe(document.body);
  });

  test('kept hidden by the host, it appears when revealed: shown and the announcement then, not before', () => {
    const onEvent = vi.fn();
    const { container, rerender } = render(<HelplineHandoff now={OPEN} onEvent={onEvent} hidden />);
    const live = container.querySelector('[aria-live="polite"]');
    expect(container.querySelector('.hh-root')).toHaveAttribute('hidden');
    expect(onEvent).not.toHaveBeenCalled();
    expect(live).toHaveTextContent(/^$/);
    rerender(<HelplineHandoff now={OPEN} onEvent={onEvent} hidden={false} />);
    expect(onEvent.mock.calls.map(([event]) => (event as HandoffEvent).type)).toEqual(['shown']);
    expect(live).toHaveTextContent("Besoin d'en parler ?");
  });

  test('autoFocus moves focus to the action', () => {
    render(<HelplineHandoff now={OPEN} autoFocus />);
    expect(screen.getByRole('link')).toHaveFocus();
  });

  test('autoFocus takes focus once: a later appearance leaves it where the person put it', () => {
    const hide = { whenClosed: 'hide' } as const;
    const view = (now: Date) => (
      <>
        <input aria-label="other" />
        <HelplineHandoff now={now} policy={hide} autoFocus />
      </>
    );
    const { rerender } = render(view(OPEN));
    expect(screen.getByRole('link')).toHaveFocus();
    rerender(view(CLOSED));
    screen.getByRole('textbox', { name: 'other' }).focus();
    rerender(view(OPEN));
    expect(screen.getByRole('textbox', { name: 'other' })).toHaveFocus();
  });
});

describe('copy the number', () => {
  const props = { now: OPEN, device: { canDial: false } };

  test('copies with the Clipboard API and announces it', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const onEvent = vi.fn();
    render(<HelplineHandoff {...props} onEvent={onEvent} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copier le numéro' })));
    expect(writeText).toHaveBeenCalledWith('3018');
    expect(screen.getByRole('button')).toHaveTextContent('Numéro copié');
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('Numéro copié');
    expect(onEvent).toHaveBeenLastCalledWith({ type: 'copy', kind: 'link', reason: 'cannot-dial', helplineId: '3018' });
  });

  test('a second copy is announced again', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async () => {} } });
    render(<HelplineHandoff {...props} />);
    await act(async () => fireEvent.click(screen.getByRole('button')));
    const live = document.querySelector('[aria-live="polite"]') as HTMLElement;
    let changes = 0;
    new MutationObserver((records) => {
      changes += records.length;
    }).observe(live, { subtree: true, childList: true, characterData: true });
    await act(async () => fireEvent.click(screen.getByRole('button')));
    expect(changes).toBeGreaterThan(0); // the same text, written anew
    expect(live).toHaveTextContent('Numéro copié');
  });

  test('without the Clipboard API, selects the number and copies with the copy command', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    render(<HelplineHandoff {...props} />);
    await act(async () => fireEvent.click(screen.getByRole('button')));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(document.getSelection()?.toString()).toBe('3018');
    expect(screen.getByRole('button')).toHaveTextContent('Numéro copié');
  });

  test('without the Clipboard API, the copy command copies the number, not the text shown with it', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    let copied: string | undefined;
    document.execCommand = () => {
      // What a browser does on the copy command: a copy event, whose listeners may set the data.
      const data = new Map<string, string>();
      const event = Object.assign(new Event('copy', { cancelable: true }), {
        clipboardData: { setData: (type: string, text: string) => data.set(type, text) },
      });
      copied = document.dispatchEvent(event) ? document.getSelection()?.toString() : data.get('text/plain');
      return true;
    };
    render(<HelplineHandoff {...props} messages={{ fr: { number: 'Numéro gratuit : 3018' } }} />);
    await act(async () => fireEvent.click(screen.getByRole('button')));
    expect(copied).toBe('3018');
    expect(document.getSelection()?.toString()).toBe('Numéro gratuit : 3018');
  });

  test('when nothing can copy, the number stays selected and nothing is announced', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
    const onEvent = vi.fn();
    render(<HelplineHandoff {...props} onEvent={onEvent} />);
    await act(async () => fireEvent.click(screen.getByRole('button')));
    expect(document.getSelection()?.toString()).toBe('3018');
    expect(screen.getByRole('button')).toHaveTextContent('Copier le numéro');
    expect(onEvent.mock.calls.map(([event]) => (event as HandoffEvent).type)).toEqual(['shown']);
  });
});

describe('the language of the texts', () => {
  test.each([
    [undefined, 'fr'],
    ['en-GB', 'en-GB'],
    ['de', 'en'],
  ])('locale %s: the root says lang="%s", so screen readers read it in that language', (locale, lang) => {
    const { container } = render(<HelplineHandoff now={OPEN} locale={locale} />);
    expect(container.querySelector('.hh-root')).toHaveAttribute('lang', lang);
  });

  test('texts the host wrote in German make it German only where they give the title, body and action', () => {
    const german = { title: 'Brauchst du jemanden zum Reden?', body: 'Du bist nicht allein.', action: 'Anrufen' };
    const { container, rerender } = render(<HelplineHandoff now={OPEN} locale="de" messages={{ de: german }} />);
    expect(container.querySelector('.hh-root')).toHaveAttribute('lang', 'de');
    rerender(<HelplineHandoff now={OPEN} locale="de" messages={{ de: { title: german.title } }} />);
    expect(container.querySelector('.hh-root')).toHaveAttribute('lang', 'en');
  });
});

describe('the root takes the host’s own attributes', () => {
  test('id, data-*, aria-*, style and ref reach the root; the decision is unchanged', () => {
    const ref = { current: null as HTMLElement | null };
    render(
      <HelplineHandoff
        ref={ref}
        now={OPEN}
        id="handoff"
        data-testid="handoff"
        aria-describedby="report-summary"
        style={{ marginTop: 8 }}
        className="report-dialog__handoff"
      />,
    );
    const root = screen.getByTestId('handoff');
    expect(root).toBe(ref.current);
    expect(root).toHaveAttribute('id', 'handoff');
    expect(root).toHaveAttribute('aria-describedby', 'report-summary');
    expect(root.style.marginTop).toBe('8px');
    expect(root.className).toBe('hh-root report-dialog__handoff');
    expect([root.dataset.kind, root.dataset.reason]).toEqual(['call', 'open']);
  });

  test('the host cannot overwrite what the hand-off says about itself', () => {
    render(<HelplineHandoff now={OPEN} data-testid="handoff" {...{ 'data-kind': 'none', lang: 'de', dir: 'rtl' }} />);
    const root = screen.getByTestId('handoff');
    expect([root.dataset.kind, root.lang, root.dir]).toEqual(['call', 'fr', 'auto']);
  });
});
