package tui

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
)

// note is a huh Note whose text the wizard wraps itself. huh wraps a
// note's description with , . - ; as break points, which can leave a line
// one cell wider than the card, and the card then breaks it again: a word
// such as "bruker," ends up alone on a line (seen with the bokmål welcome
// at 100 columns). Wrapped here at spaces, a cell inside the card's room,
// huh's own wrapping finds nothing left to do.
type note struct {
	*huh.Note
	text string
}

// noteFrame is the most a theme's card takes from a note's width: a
// border and padding on each side.
const noteFrame = 4

func newNote(text string) *note {
	return &note{Note: huh.NewNote().Description(text), text: text}
}

func (n *note) WithWidth(w int) huh.Field {
	n.Note.Description(ansi.Wrap(n.text, max(w-noteFrame-1, 10), ""))
	n.Note.WithWidth(w)
	return n
}

func (n *note) WithTheme(th huh.Theme) huh.Field {
	n.Note.WithTheme(th)
	return n
}

func (n *note) WithKeyMap(k *huh.KeyMap) huh.Field {
	n.Note.WithKeyMap(k)
	return n
}

func (n *note) WithHeight(h int) huh.Field {
	n.Note.WithHeight(h)
	return n
}

func (n *note) WithPosition(p huh.FieldPosition) huh.Field {
	n.Note.WithPosition(p)
	return n
}

func (n *note) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	_, cmd := n.Note.Update(msg)
	return n, cmd
}
