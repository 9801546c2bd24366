import { describe, expect, it } from 'vitest';
import { detectCanDial } from '../src/index.js';
import type { NavigatorLike } from '../src/types.js';

const agents: [name: string, nav: NavigatorLike, canDial: boolean][] = [
  [
    'iPhone, Safari',
    {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      maxTouchPoints: 5,
    },
    true,
  ],
  [
    'iPhone, Chrome',
    {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
      maxTouchPoints: 5,
    },
    true,
  ],
  [
    'Android phone, Chrome (reduced UA)',
    {
      userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
      maxTouchPoints: 5,
    },
    true,
  ],
  [
    'Android phone, Samsung Internet',
    {
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
    },
    true,
  ],
  ['Android phone, Firefox', { userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0' }, true],
  [
    'Android tablet, Chrome',
    {
      userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      maxTouchPoints: 10,
    },
    false,
  ],
  ['Android tablet, Firefox', { userAgent: 'Mozilla/5.0 (Android 14; Tablet; rv:127.0) Gecko/127.0 Firefox/127.0' }, false],
  [
    'iPad with an iPad user agent',
    {
      userAgent:
        'Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1',
      maxTouchPoints: 5,
    },
    false,
  ],
  [
    'iPadOS presenting itself as a Mac, with touch points',
    {
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      maxTouchPoints: 5,
    },
    false,
  ],
  [
    'macOS desktop, Safari',
    {
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      maxTouchPoints: 0,
    },
    false,
  ],
  [
    'Windows desktop, Chrome with client hints',
    {
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      maxTouchPoints: 0,
      userAgentData: { mobile: false, platform: 'Windows' },
    },
    false,
  ],
  ['Windows desktop, Firefox', { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0' }, false],
  ['Linux desktop, Firefox', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0' }, false],
  [
    'Windows touch laptop',
    {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
      maxTouchPoints: 10,
    },
    false,
  ],
  [
    'client hints say mobile, whatever the user agent',
    {
      userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      userAgentData: { mobile: true, platform: 'Android' },
    },
    true,
  ],
  [
    'client hints say not mobile on an Android tablet',
    {
      userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      userAgentData: { mobile: false, platform: 'Android' },
    },
    false,
  ],
  [
    // Client hints settle "mobile" only; a phone's user agent still says it dials (step 2), so
    // a mismatch leans to the call, whose number shows as text anyway.
    'client hints say not mobile, but the user agent is a phone',
    {
      userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
      userAgentData: { mobile: false, platform: 'Android' },
    },
    true,
  ],
  [
    'KaiOS feature phone',
    { userAgent: 'Mozilla/5.0 (Mobile; LYF/F300B/LYF-F300B-001-01-15-130718-i;Android; rv:48.0) Gecko/48.0 Firefox/48.0 KAIOS/2.5' },
    true,
  ],
];

describe('detectCanDial', () => {
  it.each(agents)('%s: %s', (_, nav, canDial) => {
    expect(detectCanDial(nav)).toBe(canDial);
  });

  const odd: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['an empty object', {}],
    ['a number user agent', { userAgent: 42 }],
    ['null userAgentData', { userAgent: 'x', userAgentData: null }],
    ['a string', 'iPhone'],
    [
      'a throwing userAgent getter',
      Object.defineProperty({}, 'userAgent', {
        get: () => {
          throw new Error('no');
        },
      }),
    ],
    [
      'a throwing userAgentData getter',
      Object.defineProperty({}, 'userAgentData', {
        get: () => {
          throw new Error('no');
        },
      }),
    ],
    [
      'a proxy that throws on every read',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('no');
          },
        },
      ),
    ],
  ];
  it.each(odd)('never throws on %s, and says it cannot dial', (_, nav) => {
    expect(() => detectCanDial(nav as NavigatorLike)).not.toThrow();
    expect(detectCanDial(nav as NavigatorLike)).toBe(false);
  });
});
