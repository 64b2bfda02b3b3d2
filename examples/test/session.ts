import { SESSION_MOMENT } from '@firstock/sandbox'
/** Where these tests' sandboxes start: inside the continuous session, whatever today's date and hour. */
export { SESSION_MOMENT }
