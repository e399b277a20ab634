package tui

import (
	"reflect"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// move holds the keys and pastes that arrive while the form moves focus.
// huh moves focus with a command: enter gives NextField, whose message
// comes back through the program's queue. A key read before that message
// would be handled by the field being left, so over a slow link, or on a
// loaded machine, the first letters of the next answer landed in the
// previous one. While a move is under way input waits here, in order, and
// is handed on once focus has moved, the page has changed, or it is clear
// that nothing moves.
type move struct {
	on    bool
	gen   int       // tells a marker or timeout of this move from an older one's
	form  *huh.Form // the form and field focus was in when the key came
	field huh.Field
	huh   bool      // a message of huh's own came back during the move
	held  []tea.Msg // keys and pastes, in the order they came
}

// moveMarker comes back after the moving key's command has sent all its
// messages (tea.Sequence), so they have been handled when it arrives.
type moveMarker struct{ gen int }

// moveTimeout ends a move that a later command of huh's was still to
// finish (the page's last field: NextField, then NextGroup), in case that
// never comes.
type moveTimeout struct{ gen int }

// moveWait is how long input waits for huh's second command at the most.
const moveWait = time.Second

var huhPkg = reflect.TypeOf(huh.Form{}).PkgPath()

// movesFocus reports whether k is a key huh answers by moving focus.
func movesFocus(k tea.KeyPressMsg) bool {
	switch k.String() {
	case "enter", "tab", "shift+tab":
		return true
	}
	return false
}

// startMove begins holding input after k, when k asked the form to move
// focus with cmd and focus has not moved yet; it returns the command to
// run in cmd's place.
func (m *Model) startMove(k tea.KeyPressMsg, focused huh.Field, cmd tea.Cmd) tea.Cmd {
	if cmd == nil || !movesFocus(k) || m.form == nil || m.form.State != huh.StateNormal || m.form.GetFocusedField() != focused {
		return cmd
	}
	gen := m.mv.gen + 1
	m.mv = move{on: true, gen: gen, form: m.form, field: focused}
	return tea.Sequence(cmd, func() tea.Msg { return moveMarker{gen} })
}

// moved reports whether the move under way has happened.
func (m *Model) moved() bool {
	return m.form != m.mv.form || m.form == nil || m.form.State != huh.StateNormal ||
		m.form.GetFocusedField() != m.mv.field || m.confirm
}

// release ends the move and hands on the input it held, in order; input
// that starts another move stays held for that one.
func (m *Model) release() tea.Cmd {
	held := m.mv.held
	m.mv = move{gen: m.mv.gen}
	var cmds []tea.Cmd
	for i, msg := range held {
		if m.mv.on {
			m.mv.held = append(m.mv.held, held[i:]...)
			break
		}
		_, cmd := m.Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// holdUpdate is Update's part for a move under way: it holds input, ends
// the move when it is done, and reports handled when msg needs nothing
// more.
func (m *Model) holdUpdate(msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg:
		if m.mv.on {
			m.mv.held = append(m.mv.held, msg)
			return nil, true
		}
	case moveMarker:
		if !m.mv.on || msg.gen != m.mv.gen {
			return nil, true
		}
		if m.moved() || !m.mv.huh {
			return m.release(), true
		}
		gen := msg.gen // huh sent a command of its own: wait for it
		return tea.Tick(moveWait, func(time.Time) tea.Msg { return moveTimeout{gen} }), true
	case moveTimeout:
		if m.mv.on && msg.gen == m.mv.gen {
			return m.release(), true
		}
		return nil, true
	}
	return nil, false
}

// afterUpdate ends a move that msg, just handled, completed.
func (m *Model) afterUpdate(msg tea.Msg) tea.Cmd {
	if !m.mv.on {
		return nil
	}
	if t := reflect.TypeOf(msg); t != nil && t.PkgPath() == huhPkg {
		m.mv.huh = true
	}
	if m.moved() {
		return m.release()
	}
	return nil
}
