import { type DecideInput, HELPLINE_3018 } from '@helpline-handoff/core';
import { type HandoffEvent, HelplineHandoff } from '@helpline-handoff/react';
import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { type ReactElement, type ReactNode, useLayoutEffect, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { DEFAULT_ARGS, HANDOFF_ARG_TYPES, type HandoffArgs, toReactInput } from '../support/controls.ts';
import { explainDecision } from '../support/decision.ts';

type Args = HandoffArgs & {
  onEvent: (event: HandoffEvent) => void;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  autoFocus?: boolean;
};

/** `decide()`'s input for these args, to explain a story in the docs panel. */
const inputOf = (args: Partial<HandoffArgs>): DecideInput => toReactInput({ ...DEFAULT_ARGS, ...args });
const explain = (args: Partial<HandoffArgs>, lead: string) => ({ docs: { description: { story: explainDecision(inputOf(args), lead) } } });

const meta = {
  title: 'Handoff/React/HelplineHandoff',
  component: HelplineHandoff,
  tags: ['autodocs'],
  args: { ...DEFAULT_ARGS, headingLevel: 2, autoFocus: false, onEvent: fn() },
  argTypes: {
    ...HANDOFF_ARG_TYPES,
    headingLevel: {
      description: "Level of the title heading, to fit the host dialog's outline.",
      control: 'inline-radio',
      options: [2, 3, 4, 5, 6],
      table: { category: 'Presentation', defaultValue: { summary: '2' } },
    },
    autoFocus: {
      description: 'Move focus to the action when the hand-off first appears; by default focus stays where it is.',
      control: 'boolean',
      table: { category: 'Presentation', defaultValue: { summary: 'false' } },
    },
    onEvent: {
      description: 'Hears `shown`, `action` and `copy` with `{ type, kind, reason, helplineId }`: no personal data.',
      table: { category: 'Events' },
    },
  },
  render: ({ onEvent, headingLevel, autoFocus, ...args }) => (
    <HelplineHandoff {...toReactInput(args)} headingLevel={headingLevel} autoFocus={autoFocus} onEvent={onEvent} />
  ),
  parameters: {
    docs: {
      description: {
        component:
          'What a report dialog shows right after "Submit": a call to **3018**, a link to its website, or nothing. ' +
          'Every story is pinned to a Paris time (the **Paris time** control, default Tuesday 10 March 2026, 14:00, while 3018 answers). ' +
          'Use the toolbar for the theme (light, dark, a platform brand through `--hh-*` tokens) and the page direction.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CallWhileOpen: Story = {
  name: 'Call (open)',
  parameters: explain(
    {},
    "The default policy (Instagram's way): while 3018 answers, a call button that dials it. The number shows as text too.",
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const call = canvas.getByRole('link', { name: /appeler le 3018/i });
    await expect(call).toHaveAttribute('href', 'tel:3018');
    await expect(canvas.getByRole('region', { name: /besoin d'en parler/i })).toHaveAttribute('data-reason', 'open');
    await expect(args.onEvent).toHaveBeenCalledWith({ type: 'shown', kind: 'call', reason: 'open', helplineId: '3018' });
  },
};

export const LinkByPolicy: Story = {
  name: 'Link by policy (TikTok)',
  args: { action: 'link' },
  parameters: explain(
    { action: 'link' },
    "`policy.action: 'link'` (TikTok's way): a link to 3018's website, at any hour, with the number as text.",
  ),
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: /site du 3018/i });
    await expect(link).toHaveAttribute('href', 'https://e-enfance.org/numero-3018/');
  },
};

export const ClosedTonight: Story = {
  name: 'Closed tonight, reopens tomorrow',
  args: { parisTime: '2026-03-10T23:30' },
  parameters: explain({ parisTime: '2026-03-10T23:30' }, 'At 23:30 the line is closed: the link to the website, and when it reopens.'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/rouvre demain à 9 h/i)).toBeVisible();
  },
};

export const ClosedEarlyMorning: Story = {
  name: 'Closed early, reopens today',
  args: { parisTime: '2026-03-10T07:30' },
  parameters: explain({ parisTime: '2026-03-10T07:30' }, 'At 07:30 the line has not opened yet: it reopens "today at 9".'),
};

export const AtClosingTime: Story = {
  name: 'Closed at 23:00 exactly',
  args: { parisTime: '2026-03-10T23:00' },
  parameters: explain(
    { parisTime: '2026-03-10T23:00' },
    'Opening hours are half-open: the closing minute itself is closed. At 22:59 the call button would still show.',
  ),
};

export const ClosedAcrossDstNight: Story = {
  name: 'Closed before a DST night',
  args: { parisTime: '2026-03-28T23:30' },
  parameters: explain(
    { parisTime: '2026-03-28T23:30' },
    'Saturday 28 March 2026, 23:30: clocks go forward that night (a 23-hour Sunday). 3018 reopens at 9:00 Paris summer time, 07:00 UTC.',
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/rouvre demain à 9 h/i)).toBeVisible();
  },
};

export const ClosedHidden: Story = {
  name: 'Closed, hidden by policy',
  args: { parisTime: '2026-03-10T23:30', whenClosed: 'hide' },
  parameters: explain(
    { parisTime: '2026-03-10T23:30', whenClosed: 'hide' },
    "`policy.whenClosed: 'hide'`: while the line is closed the component renders **nothing** (no empty box for the dialog to lay out). It appears by itself when the line opens.",
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.hh-root')).toBeNull();
  },
};

export const CannotDial: Story = {
  name: 'Cannot dial (desktop, copy the number)',
  args: { canDial: false },
  parameters: explain(
    { canDial: false },
    'On a desktop, `tel:` does nothing or the wrong thing. The link goes to the website, the number shows as text with a copy button. `detectCanDial(navigator)` decides this in a real page.',
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('3018', { selector: '.hh-number' })).toBeVisible();
    // A scripted click carries no user activation, so the browser refuses the clipboard: stand in
    // for it during this click only (a designer's own click afterwards copies for real).
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    try {
      await userEvent.click(canvas.getByRole('button', { name: /copier le numéro/i }));
      await expect(await canvas.findByRole('button', { name: /numéro copié/i })).toBeVisible();
      await expect(writeText).toHaveBeenCalledWith('3018');
    } finally {
      writeText.mockRestore();
    }
    await expect(args.onEvent).toHaveBeenCalledWith({ type: 'copy', kind: 'link', reason: 'cannot-dial', helplineId: '3018' });
  },
};

export const Abroad: Story = {
  name: 'Abroad (reporter in Belgium)',
  args: { country: 'BE' },
  parameters: explain(
    { country: 'BE' },
    '3018 cannot be dialled from outside France: the link to the website (chat, app), and no number to dial.',
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link')).toHaveAttribute('href', 'https://e-enfance.org/numero-3018/');
    await expect(canvasElement.querySelector('.hh-number')).toBeNull();
  },
};

/** A service reached only through its website (an example, not a real service). */
const WEBSITE_ONLY = {
  id: 'web-only',
  name: 'Exemple en ligne',
  callableFrom: ['FR'],
  website: 'https://example.org/aide',
  schedule: { timeZone: 'Europe/Paris', weekly: [] },
};

export const NoPhone: Story = {
  name: 'Helpline without a phone (website only)',
  render: ({ onEvent, ...args }) => <HelplineHandoff {...toReactInput(args)} helpline={WEBSITE_ONLY} onEvent={onEvent} />,
  parameters: {
    docs: {
      description: {
        story: explainDecision(
          { ...inputOf({}), helpline: WEBSITE_ONLY },
          "A helpline with no `phone` (a chat or a website) always gets the link, with no number and no hours: the schedule is the phone line's.",
        ),
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.hh-root')).toHaveAttribute('data-reason', 'no-phone');
    await expect(within(canvasElement).getByRole('link')).toHaveAttribute('href', 'https://example.org/aide');
    await expect(canvasElement.querySelector('.hh-number')).toBeNull();
  },
};

export const NotCovered: Story = {
  name: 'Not covered (nothing shown)',
  args: { category: 'spam' },
  parameters: explain(
    { category: 'spam' },
    "A report category the policy does not cover (here `'spam'`; by default `DEFAULT_CATEGORIES`, the digital violence 3018 handles) gets **nothing**: " +
      "the component returns `null`. Self-harm is left out on purpose: it belongs to a suicide-prevention line, not 3018. Widen with `policy.categories` (or `'all'`), or narrow roles with `policy.roles`.",
  ),
  play: async ({ canvasElement, args }) => {
    await expect(canvasElement.querySelector('.hh-root')).toBeNull();
    await expect(args.onEvent).not.toHaveBeenCalled();
  },
};

/** A helpline a platform mistyped: http website, misspelt zone, unreadable time, and an unknown action. */
const BROKEN = {
  helpline: {
    ...HELPLINE_3018,
    website: 'http://e-enfance.org/numero-3018/',
    schedule: { timeZone: 'Europe/Pari', weekly: [{ days: ['mon' as const], open: '9h', close: '23:00' }] },
  },
  policy: { action: 'phone' as unknown as 'call' },
};

export const InvalidConfiguration: Story = {
  name: 'Invalid configuration (fail-safe link)',
  render: ({ onEvent, ...args }) => <HelplineHandoff {...toReactInput(args)} {...BROKEN} onEvent={onEvent} />,
  parameters: {
    docs: {
      description: {
        story: explainDecision(
          { ...inputOf({}), ...BROKEN },
          "`decide()` never throws. With an unusable configuration it still offers a working link, to the configured website if it is a valid https URL, else to 3018's, and lists every problem in `decision.errors` (the web component also warns in the console, naming the attribute).",
        ),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.hh-root');
    await expect(root).toHaveAttribute('data-reason', 'invalid-config');
    await expect(within(canvasElement).getByRole('link')).toHaveAttribute('href', 'https://e-enfance.org/numero-3018/');
  },
};

export const Witness: Story = {
  args: { role: 'witness' },
  parameters: explain(
    { role: 'witness' },
    'Someone who reports what happened to another person gets a different body text: how to help, and what weighs on them.',
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/si ce que vous avez vu/i, { selector: '.hh-body' })).toBeVisible();
  },
};

export const English: Story = {
  args: { locale: 'en-GB' },
  parameters: explain(
    { locale: 'en-GB' },
    '`locale`: fr and fr-* read French; any other locale reads English ("9 am to 11 pm", dates in the order of the locale).',
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: /call 3018/i })).toHaveAttribute('href', 'tel:3018');
  },
};

export const ReporterInAnotherZone: Story = {
  name: 'Reporter in another time zone',
  args: { reporterTimeZone: 'America/Martinique' },
  parameters: explain(
    { reporterTimeZone: 'America/Martinique' },
    "When the platform knows the reporter's zone and it differs from the helpline's, the hours say whose time they are. " +
      "(Whether 3018 can be dialled from overseas France is not established: `callableFrom` is `['FR']`, platforms that know can add regions.)",
  ),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  parameters: {
    docs: { description: { story: 'The dark palette, from `data-theme="dark"` on any ancestor (or the system preference).' } },
  },
};

export const PlatformBrand: Story = {
  name: 'Platform brand (--hh-* tokens)',
  globals: { theme: 'brand' },
  parameters: {
    docs: {
      description: {
        story:
          'A fictional platform, "Ripple", restyles the hand-off with custom properties only: `--hh-bg`, `--hh-fg`, `--hh-muted`, `--hh-accent`, `--hh-accent-fg`, `--hh-border`, `--hh-focus`, `--hh-radius`, `--hh-control-radius`, `--hh-font`. See stories/support/themes.ts.',
      },
    },
  },
};

export const RightToLeftPage: Story = {
  name: 'Right-to-left host page',
  globals: { dir: 'rtl' },
  parameters: {
    docs: {
      description: {
        story:
          'The host page is right to left (`dir="rtl"`, e.g. an Arabic or Hebrew interface) and the hand-off is dropped in as is. The layout mirrors (logical properties, `text-align: start`), ' +
          'while the root carries `dir="auto"`, so the French or English texts keep their own direction: the question mark stays at the end of "Besoin d\'en parler ?".',
      },
    },
  },
};

export const NarrowPhone: Story = {
  name: 'Narrow phone (320 px)',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: {
    docs: {
      description: {
        story: 'At 320 CSS px (a small phone, or 1280 px at 400 % zoom) nothing overflows and the call button keeps a 44 px target.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.hh-root') as HTMLElement;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
    const call = within(canvasElement).getByRole('link');
    await expect(call.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  },
};

/** Doubles the page's root font size while mounted, as a person's browser text size does: the stylesheet is in rem. */
function TextAt200({ children }: { children: ReactNode }): ReactElement {
  useLayoutEffect(() => {
    const { style } = document.documentElement;
    const before = style.fontSize;
    style.fontSize = '200%';
    return () => {
      style.fontSize = before;
    };
  }, []);
  return <div style={{ maxWidth: 640 }}>{children}</div>;
}

export const TextAt200Percent: Story = {
  name: 'Text at 200 %',
  decorators: [
    (Story) => (
      <TextAt200>
        <Story />
      </TextAt200>
    ),
  ],
  parameters: {
    docs: {
      // In a frame of its own: the doubled root font size must not reach the other stories of the page.
      story: { inline: false, iframeHeight: 900 },
      description: {
        story: 'The browser text size doubled, in a 640 px column (1280 px at 200 % zoom): the texts wrap, nothing is clipped.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.hh-root') as HTMLElement;
    const title = root.querySelector('.hh-title') as HTMLElement;
    await expect(Number.parseFloat(getComputedStyle(title).fontSize)).toBeGreaterThanOrEqual(36); // 1.125rem at 32 px
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
  },
};

export const Unstyled: Story = {
  name: 'Unstyled (class hooks only)',
  render: ({ onEvent, ...args }) => <HelplineHandoff {...toReactInput(args)} onEvent={onEvent} unstyled />,
  parameters: {
    docs: {
      description: {
        story:
          '`unstyled`: the same markup and `hh-*` class hooks (`hh-root`, `hh-title`, `hh-body`, `hh-action`, `hh-number`, `hh-copy`, `hh-hours`, `hh-status`, `hh-privacy`), no rules.',
      },
    },
  },
};

/**
 * What a server sends for these args without `now`: `renderToString` of `<HelplineHandoff>`, the
 * markup hydration starts from. Its own id prefix keeps its ids apart from the page's.
 */
function serverMarkup({ onEvent: _onEvent, autoFocus: _autoFocus, ...args }: Args): string {
  const { now: _now, ...input } = toReactInput(args);
  return renderToString(<HelplineHandoff {...input} headingLevel={args.headingLevel} />, { identifierPrefix: 'ssr-' });
}

export const TimeNeutral: Story = {
  name: 'Time-neutral (server render, before hydration)',
  // The markup as the server sends it, not a live component: it reads no clock, whatever the hour.
  render: (args) => (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: React's own server markup of the component, shown as is.
    <div dangerouslySetInnerHTML={{ __html: serverMarkup(args) }} />
  ),
  argTypes: {
    parisTime: { table: { disable: true } },
    reporterTimeZone: { table: { disable: true } },
    autoFocus: { table: { disable: true } },
  },
  parameters: {
    hostCaption: false,
    docs: {
      description: {
        story:
          'Without `now`, the server cannot know the hour, and neither can hydration: both render the **time-neutral view**, the same at any instant: ' +
          "the link to the website, the number as text and the hours, no status (and no reporter's zone, which a host often learns only in the browser). " +
          'Right after hydration the component reads the clock and switches to the live decision (the other stories). ' +
          "Shown here is `renderToString(<HelplineHandoff … />)`'s markup as is, so nothing in it is wired yet (the copy button works once hydrated). " +
          'A report the policy does not cover renders nothing here too.',
      },
      source: { language: 'html', transform: (_code: string, context: StoryContext<Args>) => serverMarkup(context.args) },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.hh-root')).toHaveAttribute('data-kind', 'link');
    await expect(canvas.getByRole('link', { name: /site du 3018/i })).toHaveAttribute('href', 'https://e-enfance.org/numero-3018/');
    await expect(canvas.getByText('3018', { selector: '.hh-number' })).toBeVisible();
    await expect(canvas.getByText(/tous les jours de 9 h à 23 h/i)).toBeVisible();
    await expect(canvasElement.querySelector('.hh-status')).toBeNull();
  },
};

export const HeadingLevel: Story = {
  name: 'Heading level 3 (headingLevel)',
  args: { headingLevel: 3 },
  parameters: {
    docs: {
      description: {
        story:
          "`headingLevel` (2 to 6, default 2) fits the title into the host's outline: under a dialog's own `<h2>` (\"Signalement envoyé\"), the hand-off's title is an `<h3>`. The look does not change.",
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 3, name: /besoin d'en parler/i })).toBeVisible();
  },
};

/** A button standing in for the host's own code: it turns `on` (and off again), as a dialog's "Submit" or next step would. */
function HostToggle({ labels, children }: { labels: [off: string, on: string]; children: (on: boolean) => ReactNode }): ReactElement {
  const [on, setOn] = useState(false);
  return (
    <div style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
      <button type="button" lang="en" onClick={() => setOn(!on)}>
        {on ? labels[1] : labels[0]}
      </button>
      {children(on)}
    </div>
  );
}

export const HiddenUntilRevealed: Story = {
  name: 'Kept hidden by the host, revealed later',
  render: ({ onEvent, headingLevel, autoFocus, ...args }) => (
    <HostToggle labels={['Reveal the hand-off', 'Hide it again']}>
      {(revealed) => (
        <HelplineHandoff {...toReactInput(args)} headingLevel={headingLevel} autoFocus={autoFocus} hidden={!revealed} onEvent={onEvent} />
      )}
    </HostToggle>
  ),
  parameters: {
    docs: {
      description: {
        story:
          'A host may render the hand-off ahead with `hidden` (a root attribute), on a step of its dialog not on screen yet. While hidden it is not announced and sends no `shown`; ' +
          'revealed (here by the button), it appears as if just mounted: `shown`, then the polite announcement. Hidden and revealed again, it appears again.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const root = canvasElement.querySelector('.hh-root');
    const live = canvasElement.querySelector('[aria-live="polite"]');
    await expect(root).toHaveAttribute('hidden');
    await expect(getComputedStyle(root as Element).display).toBe('none');
    await expect(live).toHaveTextContent(/^$/);
    await expect(args.onEvent).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: /reveal the hand-off/i }));
    await expect(root).not.toHaveAttribute('hidden');
    await expect(getComputedStyle(root as Element).display).toBe('grid');
    await expect(args.onEvent).toHaveBeenCalledWith({ type: 'shown', kind: 'call', reason: 'open', helplineId: '3018' });
    await waitFor(() => expect(live).toHaveTextContent(/besoin d'en parler/i));
  },
};

export const AutoFocus: Story = {
  name: 'Focus moved to the action (autoFocus)',
  args: { autoFocus: true },
  render: ({ onEvent, headingLevel, autoFocus, ...args }) => (
    <HostToggle labels={['Submit the report', 'Start again']}>
      {(submitted) =>
        submitted ? <HelplineHandoff {...toReactInput(args)} headingLevel={headingLevel} autoFocus={autoFocus} onEvent={onEvent} /> : null
      }
    </HostToggle>
  ),
  parameters: {
    docs: {
      description: {
        story:
          '`autoFocus`: when the hand-off appears (here after the button, standing in for the dialog\'s "Submit"), focus moves to its action. ' +
          'Once per mounted hand-off: a later appearance (revealed again, a hidden-when-closed line reopening) leaves focus where the person put it. ' +
          'By default focus stays where it is; moving it to your own confirmation heading is usually better (see Docs/Accessibility).',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /submit the report/i }));
    await waitFor(() => expect(canvas.getByRole('link', { name: /appeler le 3018/i })).toHaveFocus());
  },
};
