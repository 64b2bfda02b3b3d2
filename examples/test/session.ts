/**
 * Where the sandboxes these tests start stand: a Wednesday that is no holiday, 11:00 IST, in continuous trading. The
 * sandbox has real market hours by default, so a test that trades or waits for ticks must not depend on today's hour.
 */
export const SESSION_MOMENT = '2026-12-02T11:00'
