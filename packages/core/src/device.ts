import type { NavigatorLike } from './types.js';

const PHONE_AGENTS = /iPhone|iPod|Android.+Mobile|Windows Phone|IEMobile|BlackBerry|BB10|KAIOS|Opera Mini|Mobile Safari(?!.*iPad)/i;

/**
 * Whether `tel:` links place a call on this device: true on phones, false on desktops and
 * tablets (where `tel:` does nothing, shows an error or opens FaceTime). Pure: pass `navigator`.
 *
 * 1. User-Agent Client Hints: `userAgentData.mobile` is what Chromium itself says.
 * 2. The user agent: iPhone, iPod, Android phones ("Android … Mobile"), other phone systems.
 * 3. Anything else, iPads (which present themselves as a Mac with touch points) and unknown
 *    devices included, cannot dial: they get the link and the number as text.
 */
export function detectCanDial(nav: NavigatorLike | null | undefined): boolean {
  try {
    if (!nav) return false;
    if (nav.userAgentData?.mobile === true) return true;
    const agent = typeof nav.userAgent === 'string' ? nav.userAgent : '';
    if (/iPad/.test(agent) || (/Macintosh/.test(agent) && (nav.maxTouchPoints ?? 0) > 1)) return false;
    return PHONE_AGENTS.test(agent);
  } catch {
    return false;
  }
}
