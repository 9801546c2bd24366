import { type Helpline, HoursSyntaxError, parseHours } from '@helpline-handoff/core';
import { type HandoffEvent, HelplineHandoff } from '@helpline-handoff/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactElement } from 'react';
import { expect, fn, within } from 'storybook/test';
import { zonedInstant } from '../support/time.ts';
import { Facts } from './Facts.tsx';
import { NGK_HOURS, NUMMER_GEGEN_KUMMER } from './helplines.ts';

interface Args {
  /** The helpline's hours, OpenStreetMap style. */
  hours: string;
  /** The zone the hours are written in. */
  timeZone: string;
  /** The instant, as a wall-clock time in `timeZone`. */
  localTime: string;
  name: string;
  phone: string;
  website: string;
  callableFrom: string;
  country: string;
  locale: string;
  onEvent: (event: HandoffEvent) => void;
}

/** The helpline these args describe, or the error parseHours gives for the hours text. */
function helplineOf(args: Args): { helpline?: Helpline; error?: string } {
  try {
    const schedule = parseHours(args.hours, args.timeZone);
    const callableFrom = args.callableFrom.split(/[\s,]+/).filter(Boolean);
    return { helpline: { id: args.name, name: args.name, phone: args.phone || undefined, callableFrom, website: args.website, schedule } };
  } catch (error) {
    return { error: error instanceof HoursSyntaxError || error instanceof Error ? error.message : String(error) };
  }
}

function Workbench(args: Args): ReactElement {
  const { helpline, error } = helplineOf(args);
  const now = zonedInstant(args.localTime, args.timeZone);
  if (!helpline) {
    return (
      <p role="alert" className="sb-error" lang="en">
        parseHours: {error}
      </p>
    );
  }
  return (
    <div className="sb-workbench">
      <HelplineHandoff
        helpline={helpline}
        now={now}
        locale={args.locale}
        report={{ category: 'harassment', ...(args.country ? { country: args.country } : {}) }}
        onEvent={args.onEvent}
      />
      <Facts helpline={helpline} now={now} locale={args.locale} />
    </div>
  );
}

const meta = {
  title: 'Helplines/Custom helpline from hours text',
  component: Workbench,
  tags: ['autodocs'],
  args: {
    hours: NGK_HOURS,
    timeZone: 'Europe/Berlin',
    localTime: '2026-03-09T10:30',
    name: NUMMER_GEGEN_KUMMER.name,
    phone: NUMMER_GEGEN_KUMMER.phone as string,
    website: NUMMER_GEGEN_KUMMER.website,
    callableFrom: 'DE',
    country: 'DE',
    locale: 'en',
    onEvent: fn(),
  },
  argTypes: {
    hours: {
      description:
        "OpenStreetMap `opening_hours` subset, read by core's `parseHours`: `Mo-Fr 09:00-18:00; Sa,Su 10:00-12:00,14:00-16:00`, `24/7`, `off`.",
      control: 'text',
    },
    timeZone: { description: 'IANA zone the hours are written in.', control: 'text' },
    localTime: {
      name: 'Local time',
      description: "The instant, as a wall-clock time in the helpline's zone (YYYY-MM-DDTHH:MM).",
      control: 'text',
    },
    callableFrom: { description: 'Regions that can dial the number, space or comma separated.', control: 'text' },
    country: { description: "The reporter's country ('' = unknown).", control: 'text' },
    locale: { control: 'select', options: ['en', 'fr', 'de'] },
  },
  parameters: {
    hostCaption: false,
    docs: {
      description: {
        component:
          "A platform that serves another country adds its own helpline. Here Germany's **116 111, Nummer gegen Kummer** (Mon-Sat 14:00-20:00, plus Mon, Wed, Thu 10:00-12:00, Europe/Berlin), " +
          "from one line of hours text. Edit the **hours** control: a syntax error shows `parseHours`'s message, naming the token and its position.",
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OpenMondayMorning: Story = {
  name: '116 111: open Monday 10:30',
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: /call 116 111/i })).toHaveAttribute('href', 'tel:116111');
  },
};

export const ClosedTuesdayMorning: Story = {
  name: '116 111: closed Tuesday 10:30, opens at 14:00',
  args: { localTime: '2026-03-10T10:30' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/opens today at 2 pm/i)).toBeVisible();
  },
};

export const ClosedSaturdayNight: Story = {
  name: '116 111: closed Saturday 20:30, opens Monday',
  args: { localTime: '2026-03-14T20:30' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/opens monday at 10 am/i)).toBeVisible();
  },
};

export const FromAbroad: Story = {
  name: '116 111: reporter in France',
  args: { country: 'FR' },
  parameters: {
    docs: {
      description: {
        story: '116 111 is a European number, but each country runs its own line: this one is callable from Germany only here.',
      },
    },
  },
};

export const HoursSyntaxErrorShown: Story = {
  name: 'Hours text with a mistake',
  args: { hours: 'Mo-Sa 14h-20h' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/parseHours: unexpected/i);
  },
};
