import { assign, setup } from 'xstate';

export type Side = 'a' | 'b';

/**
 * Compare mode (step 5): two scenarios, A and B, on one clock. The charts overlay both; the scene shows one
 * side at a time (`shown`), and the controls edit one side (`editing`). The scenarios themselves live in one
 * editor actor per side.
 */
export interface CompareContext {
  readonly shown: Side;
  readonly editing: Side;
  /** Whether compare mode was on when the app opened (a shared link in compare mode). */
  readonly openedOn: boolean;
}

export type CompareEvent =
  | { readonly type: 'compare.start' }
  | { readonly type: 'compare.stop' }
  | { readonly type: 'compare.toggle' }
  | { readonly type: 'compare.show'; readonly side: Side }
  | { readonly type: 'compare.edit'; readonly side: Side };

const isSide = (side: unknown): side is Side => side === 'a' || side === 'b';

export const compareMachine = setup({
  types: {
    context: {} as CompareContext,
    events: {} as CompareEvent,
    input: {} as { readonly on?: boolean; readonly shown?: Side },
  },
  guards: { openedOn: ({ context }) => context.openedOn },
  actions: {
    single: assign({ shown: 'a', editing: 'a' }),
    show: assign({
      shown: ({ context, event }) =>
        event.type === 'compare.show' && isSide(event.side) ? event.side : context.shown,
    }),
    edit: assign({
      editing: ({ context, event }) =>
        event.type === 'compare.edit' && isSide(event.side) ? event.side : context.editing,
    }),
  },
}).createMachine({
  id: 'compare',
  context: ({ input }) => ({
    shown: input.on === true && isSide(input.shown) ? input.shown : 'a',
    editing: 'a',
    openedOn: input.on === true,
  }),
  initial: 'opening',
  states: {
    opening: { always: [{ guard: 'openedOn', target: 'on' }, { target: 'off' }] },
    off: {
      on: { 'compare.start': 'on', 'compare.toggle': 'on' },
    },
    on: {
      on: {
        'compare.stop': { target: 'off', actions: 'single' },
        'compare.toggle': { target: 'off', actions: 'single' },
        'compare.show': { actions: 'show' },
        'compare.edit': { actions: 'edit' },
      },
    },
  },
});
