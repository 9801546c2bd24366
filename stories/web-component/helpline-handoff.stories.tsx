import type { HandoffEventDetail } from '@helpline-handoff/web-component';
import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { type ReactElement, useRef, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DEFAULT_ARGS, HANDOFF_ARG_TYPES, type HandoffArgs, toAttributes, toProperties } from '../support/controls.ts';
import { HandoffElement, type HandoffEventName, htmlOf } from './HandoffElement.tsx';

type Args = HandoffArgs & {
  /** Extra attributes a story adds (a custom helpline, a bad value). */
  extra?: Record<string, string>;
  onHandoffEvent: (name: HandoffEventName, detail: HandoffEventDetail) => void;
};

/** The element's attributes for these args; the theme global becomes its `data-theme`. */
function attributesOf({ extra, onHandoffEvent: _, ...args }: Args, theme: unknown): Record<string, string> {
  // Inside its shadow root the element cannot see an ancestor's data-theme: it reads its own.
  return { ...toAttributes(args), ...extra, 'data-theme': theme === 'dark' ? 'dark' : 'light' };
}

/** The rendered shadow root, where the parts live. */
function shadowOf(canvasElement: HTMLElement): ShadowRoot {
  const element = canvasElement.querySelector('helpline-handoff');
  if (!element?.shadowRoot) throw new Error('<helpline-handoff> is not rendered');
  return element.shadowRoot;
}

const meta = {
  title: 'Handoff/Web Component/helpline-handoff',
  tags: ['autodocs'],
  args: { ...DEFAULT_ARGS, onHandoffEvent: fn() },
  argTypes: {
    ...HANDOFF_ARG_TYPES,
    extra: { table: { disable: true } },
    onHandoffEvent: {
      description: '`handoff-shown`, `handoff-action`, `handoff-copy` (bubbling, composed), `detail: { kind, reason, helplineId }`.',
      table: { category: 'Events' },
    },
  },
  render: (args, { globals }) => (
    <HandoffElement attributes={attributesOf(args, globals.theme)} properties={toProperties(args)} onHandoffEvent={args.onHandoffEvent} />
  ),
  parameters: {
    docs: {
      description: {
        component:
          'The same hand-off as a custom element, from the built `@helpline-handoff/web-component/define` (what a script tag or a bundler gets). ' +
          'Controls map to attributes: `action`, `when-closed`, `category`, `country`, `locale`, `now` (the Paris time, as an ISO instant), `can-dial`, `reporter-time-zone`; ' +
          'the role goes through the `report` property, because a `role` attribute is ARIA\'s (see the "role attribute" story). ' +
          'Parts are styleable with `::part(root|title|body|action|number|copy|hours|status|privacy)` and the `--hh-*` custom properties.',
      },
      source: {
        language: 'html',
        transform: (_code: string, context: StoryContext<Args>) =>
          htmlOf(attributesOf(context.args, context.globals.theme), toProperties(context.args)),
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CallWhileOpen: Story = {
  name: 'Call (open)',
  play: async ({ canvasElement, args }) => {
    const shadow = shadowOf(canvasElement);
    const root = shadow.querySelector('[part="root"]');
    await expect(root).toHaveAttribute('data-kind', 'call');
    await expect(shadow.querySelector('[part="action"]')).toHaveAttribute('href', 'tel:3018');
    await expect(args.onHandoffEvent).toHaveBeenCalledWith('handoff-shown', { kind: 'call', reason: 'open', helplineId: '3018' });
  },
};

export const LinkByPolicy: Story = {
  name: 'Link by policy (TikTok)',
  args: { action: 'link' },
  play: async ({ canvasElement }) => {
    await expect(shadowOf(canvasElement).querySelector('[part="action"]')).toHaveAttribute('href', 'https://e-enfance.org/numero-3018/');
  },
};

export const ClosedTonight: Story = {
  name: 'Closed tonight, reopens tomorrow',
  args: { parisTime: '2026-03-10T23:30' },
  play: async ({ canvasElement }) => {
    await expect(shadowOf(canvasElement).querySelector('[part="status"]')).toHaveTextContent(/rouvre demain à 9 h/);
  },
};

export const ClosedAcrossDstNight: Story = {
  name: 'Closed before a DST night',
  args: { parisTime: '2026-03-28T23:30' },
};

export const CannotDial: Story = {
  name: 'Cannot dial (desktop, copy the number)',
  args: { canDial: false },
  play: async ({ canvasElement }) => {
    const shadow = shadowOf(canvasElement);
    await expect(shadow.querySelector('[part="number"]')).toHaveTextContent('3018');
    await expect(shadow.querySelector('[part="copy"]')).toBeVisible();
  },
};

export const Abroad: Story = {
  name: 'Abroad (reporter in Belgium)',
  args: { country: 'BE' },
  play: async ({ canvasElement }) => {
    const root = shadowOf(canvasElement).querySelector('[part="root"]');
    await expect(root).toHaveAttribute('data-reason', 'abroad');
  },
};

export const NotCovered: Story = {
  name: 'Not covered (nothing shown)',
  args: { category: 'spam' },
  parameters: {
    docs: {
      description: {
        story: 'A category the policy does not cover: the element hides itself (`hidden`) and dispatches nothing.',
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    await expect(canvasElement.querySelector('helpline-handoff')).not.toBeVisible();
    await expect(args.onHandoffEvent).not.toHaveBeenCalled();
  },
};

export const InvalidAttribute: Story = {
  name: 'Invalid attribute (fail-safe link)',
  args: { extra: { action: 'phone', website: 'http://example.org/help' } },
  parameters: {
    docs: {
      description: {
        story:
          'A bad attribute value (here `action="phone"`, and a custom helpline with an `http:` website and no hours) never breaks the page: ' +
          "the element shows the fail-safe link to 3018's website and warns once per attribute in the console, naming it.",
      },
    },
  },
  play: async ({ canvasElement }) => {
    const shadow = shadowOf(canvasElement);
    await expect(shadow.querySelector('[part="root"]')).toHaveAttribute('data-reason', 'invalid-config');
    await expect(shadow.querySelector('[part="action"]')).toHaveAttribute('href', 'https://e-enfance.org/numero-3018/');
  },
};

export const Witness: Story = {
  args: { role: 'witness' },
  parameters: { docs: { description: { story: "A witness, given as `element.report = { category, role: 'witness' }`." } } },
  play: async ({ canvasElement }) => {
    await expect(shadowOf(canvasElement).querySelector('[part="body"]')).toHaveTextContent(/si ce que vous avez vu/i);
  },
};

export const RoleAttributeKnownIssue: Story = {
  name: 'role attribute (known a11y issue)',
  args: { role: 'witness', extra: { role: 'witness' } },
  parameters: {
    // Reported, not hidden: the a11y panel lists the violation, the test does not fail on it.
    a11y: { test: 'todo' },
    docs: {
      description: {
        story:
          'The documented `role` attribute works, but `role` is also the global ARIA attribute: `role="witness"` (or `"victim"`) on the host is an invalid ARIA role, ' +
          'which axe reports (`aria-roles`) and assistive technology ignores. Use `reporter-role`, which says the same without the clash (or the `report` property).',
      },
    },
  },
};

export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(shadowOf(canvasElement).querySelector('[part="action"]')).toHaveTextContent('Call 3018');
  },
};

export const CustomHelplineFromHours: Story = {
  name: 'Custom helpline from an hours text (116 111, DE)',
  args: {
    locale: 'en',
    country: 'DE',
    parisTime: '2026-03-10T10:30',
    extra: {
      'helpline-name': 'Nummer gegen Kummer',
      phone: '116 111',
      website: 'https://www.nummergegenkummer.de/',
      hours: 'Mo-Sa 14:00-20:00; Mo,We,Th 10:00-12:00,14:00-20:00',
      'time-zone': 'Europe/Berlin',
      'callable-from': 'DE',
    },
  },
  parameters: {
    docs: {
      description: {
        story:
          "Germany's child helpline, described by attributes: the `hours` text is read by core's `parseHours` (OpenStreetMap syntax) in `time-zone`. " +
          'Tuesday 10:30 in Berlin: closed, it opens at 14:00.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const shadow = shadowOf(canvasElement);
    await expect(shadow.querySelector('[part="status"]')).toHaveTextContent(/opens today at 2 pm/i);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement).querySelector('[part="root"]')).toHaveAttribute('data-theme', 'dark'));
  },
};

export const PlatformBrand: Story = {
  name: 'Platform brand (--hh-* tokens)',
  globals: { theme: 'brand' },
};

export const RightToLeftPage: Story = {
  name: 'Right-to-left host page',
  globals: { dir: 'rtl' },
  parameters: {
    docs: {
      description: {
        story:
          'The element in a right-to-left page. Like the React component, its root carries `dir="auto"`, so the French or English texts keep their direction while the layout mirrors.',
      },
    },
  },
};

export const NarrowPhone: Story = {
  name: 'Narrow phone (320 px)',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const HeadingLevel: Story = {
  name: 'Heading level 3 (heading-level)',
  args: { extra: { 'heading-level': '3' } },
  parameters: {
    docs: {
      description: {
        story:
          '`heading-level="3"` (2 to 6, default 2) fits the title into the host\'s outline, under a dialog\'s own `<h2>`. Any other value: a console warning naming the attribute, and level 2.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const title = shadowOf(canvasElement).querySelector('[part="title"]');
    await expect(title?.tagName).toBe('H3');
    await expect(title).toHaveTextContent(/besoin d'en parler/i);
  },
};

/**
 * The element written with `hidden`, and a button standing in for the host's own code, which
 * takes the attribute away (and puts it back) on the element itself, as a host page would.
 */
function RevealLater({ args, theme }: { args: Args; theme: unknown }): ReactElement {
  const wrapper = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState(true);
  const toggle = () => {
    wrapper.current?.querySelector('helpline-handoff')?.toggleAttribute('hidden', !hidden);
    setHidden(!hidden);
  };
  return (
    <div ref={wrapper} style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
      <button type="button" lang="en" onClick={toggle}>
        {hidden ? 'Reveal the hand-off' : 'Hide it again'}
      </button>
      <HandoffElement attributes={attributesOf(args, theme)} properties={toProperties(args)} onHandoffEvent={args.onHandoffEvent} />
    </div>
  );
}

export const HiddenUntilRevealed: Story = {
  name: 'Kept hidden by the host, revealed later',
  args: { extra: { hidden: '' } },
  // A change of controls makes a new element, written `hidden` again: the button starts over with it.
  render: (args, { globals }) => <RevealLater key={JSON.stringify(attributesOf(args, globals.theme))} args={args} theme={globals.theme} />,
  parameters: {
    docs: {
      description: {
        story:
          'Written `hidden` by the host (a step of its dialog not on screen yet), the element stays hidden, is not announced and dispatches no `handoff-shown`: ' +
          "a `hidden` the host writes is the host's, which the element leaves alone. Taken away (here by the button), the hand-off appears: `handoff-shown`, then the polite announcement.",
      },
    },
  },
  play: async ({ canvasElement, args }) => {
    const element = canvasElement.querySelector('helpline-handoff') as HTMLElement;
    await expect(element).not.toBeVisible();
    await expect(getComputedStyle(element).display).toBe('none');
    await expect(args.onHandoffEvent).not.toHaveBeenCalled();
    await userEvent.click(within(canvasElement).getByRole('button', { name: /reveal the hand-off/i }));
    await waitFor(() => expect(getComputedStyle(element).display).toBe('block'));
    await waitFor(() =>
      expect(args.onHandoffEvent).toHaveBeenCalledWith('handoff-shown', { kind: 'call', reason: 'open', helplineId: '3018' }),
    );
    await expect(shadowOf(canvasElement).querySelector('[part="action"]')).toHaveAttribute('href', 'tel:3018');
  },
};
