import { act, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HelplineHandoff, type HelplineHandoffProps } from '../src/index.js';
import { paris } from './cases.js';

// Hydration here is driven with React's own act(), outside Testing Library.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let problems: unknown[][];
beforeEach(() => {
  problems = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => void problems.push(args));
  vi.spyOn(console, 'warn').mockImplementation((...args) => void problems.push(args));
  vi.useFakeTimers({ now: paris('23:30'), toFake: ['Date'] });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** Server-renders `element`, then hydrates that HTML in jsdom with `client`; returns the server HTML and the container. */
async function serverThenHydrate(element: ReactElement, client = element) {
  const html = renderToString(element);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable: unknown[] = [];
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(async () => {
    root = hydrateRoot(container, client, { onRecoverableError: (error) => void recoverable.push(error) });
  });
  return { html, container, recoverable, unmount: () => act(() => root?.unmount()) };
}

const dataset = (html: string) => {
  const probe = document.createElement('div');
  probe.innerHTML = html;
  return { ...(probe.querySelector('.hh-root') as HTMLElement | null)?.dataset };
};

describe('server render and hydration', () => {
  test('with now: the server HTML is what the client renders, and it hydrates cleanly', async () => {
    const props: HelplineHandoffProps = { now: paris('10:00'), device: { canDial: false } };
    const { html, container, recoverable } = await serverThenHydrate(<HelplineHandoff {...props} />);
    expect(dataset(html)).toMatchObject({ kind: 'link', reason: 'cannot-dial' });
    expect(html).toContain('<p class="hh-number">3018</p>'); // the number as text
    expect(recoverable).toEqual([]);
    expect(problems.map((args) => String(args[0]).slice(0, 300))).toEqual([]);
    expect(container.querySelector('.hh-root')?.getAttribute('data-reason')).toBe('cannot-dial');
  });

  test('with now, a call: the tel: link is in the server HTML', async () => {
    const { html, recoverable } = await serverThenHydrate(<HelplineHandoff now={paris('10:00')} />);
    expect(html).toContain('href="tel:3018"');
    expect(recoverable).toEqual([]);
    expect(problems.map((args) => String(args[0]).slice(0, 300))).toEqual([]);
  });

  test('without now: the time-neutral view on the server, the live decision after hydration, no warning', async () => {
    const { html, container, recoverable } = await serverThenHydrate(<HelplineHandoff onEvent={() => {}} />);
    // Number, hours and the website link; no status, which would need the time.
    expect(dataset(html)).toMatchObject({ kind: 'link' });
    expect(html).toContain('href="https://e-enfance.org/numero-3018/"');
    expect(html).toContain('<p class="hh-number">3018</p>');
    expect(html).toContain('Tous les jours de 9 h à 23 h');
    expect(html).not.toContain('hh-status');
    expect(recoverable).toEqual([]);
    expect(problems.map((args) => String(args[0]).slice(0, 300))).toEqual([]);
    // 23:30 in Paris: after hydration the live decision says closed, and when it reopens.
    const root = container.querySelector('.hh-root') as HTMLElement;
    expect(root.dataset).toMatchObject({ kind: 'link', reason: 'closed' });
    expect(container.querySelector('.hh-status')).toHaveTextContent('Fermé, rouvre demain à 9 h');
  });

  test('without now, a status override has no line on the server: it would speak of a time not known yet', async () => {
    vi.setSystemTime(paris('10:00'));
    const status = (context: { open: boolean }) => (context.open ? 'Ouvert maintenant' : 'Fermé pour le moment');
    const element = <HelplineHandoff messages={{ fr: { status } }} />;
    const { html, container, recoverable } = await serverThenHydrate(element);
    expect(html).not.toContain('hh-status');
    expect(recoverable).toEqual([]);
    expect(problems.map((args) => String(args[0]).slice(0, 300))).toEqual([]);
    expect(container.querySelector('.hh-status')).toHaveTextContent('Ouvert maintenant');
  });

  test('without now, open line: the server shows the website, hydration turns it into the call', async () => {
    vi.setSystemTime(paris('10:00'));
    const { html, container, recoverable } = await serverThenHydrate(<HelplineHandoff />);
    expect(html).not.toContain('tel:');
    expect(recoverable).toEqual([]);
    expect(problems.map((args) => String(args[0]).slice(0, 300))).toEqual([]);
    expect(container.querySelector('.hh-action')).toHaveAttribute('href', 'tel:3018');
  });

  test.each([
    ['policy link', { policy: { action: 'link' } }, 'policy-link'],
    ['abroad', { report: { category: 'harassment', country: 'BE' } }, 'abroad'],
  ] as const)('without now, %s: the reason holds at any time, so the server says it', async (_, props, reason) => {
    const { html, recoverable } = await serverThenHydrate(<HelplineHandoff {...props} />);
    expect(dataset(html)).toMatchObject({ kind: 'link', reason });
    expect(recoverable).toEqual([]);
    expect(problems.map((args) => String(args[0]).slice(0, 300))).toEqual([]);
  });

  test('without now, a report the policy does not cover: nothing on the server or after hydration', async () => {
    const { html, container, recoverable } = await serverThenHydrate(<HelplineHandoff report={{ category: 'spam' }} />);
    expect(html).toBe('');
    expect(container.innerHTML).toBe('');
    expect(recoverable).toEqual([]);
    expect(problems.map((args) => String(args[0]).slice(0, 300))).toEqual([]);
  });

  test('without now, a time zone only the browser knows hydrates cleanly, and names Paris time once live', async () => {
    // A host passing Intl's time zone: none on the server (or the server's), the reporter's in the browser.
    const { html, container, recoverable } = await serverThenHydrate(<HelplineHandoff />, <HelplineHandoff timeZone="America/New_York" />);
    expect(html).toContain('Tous les jours de 9 h à 23 h<');
    expect(recoverable).toEqual([]);
    expect(problems.map((args) => String(args[0]).slice(0, 300))).toEqual([]);
    expect(container.querySelector('.hh-hours')).toHaveTextContent('Tous les jours de 9 h à 23 h (heure de Paris)');
  });

  test('shown is sent once, for the live decision, not for the time-neutral view', async () => {
    const onEvent = vi.fn();
    await serverThenHydrate(<HelplineHandoff onEvent={onEvent} />);
    expect(onEvent.mock.calls).toEqual([[{ type: 'shown', kind: 'link', reason: 'closed', helplineId: '3018' }]]);
  });
});
