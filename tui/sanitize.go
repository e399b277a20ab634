package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// maxPaste is the most of one paste that reaches a field.
const maxPaste = maxText

// sanitize removes control characters and bidirectional overrides from
// typed and pasted text before any field sees it, so they never reach the
// screen, and cuts very long pastes. It reports false for a message that
// carries nothing left to type.
func sanitize(msg tea.Msg) (tea.Msg, bool) {
	switch m := msg.(type) {
	case tea.PasteMsg:
		// Terminals send the lines of a paste with carriage returns.
		c := strings.ReplaceAll(strategy.Truncate(m.Content, maxPaste), "\r\n", "\n")
		m.Content = strategy.Strip(strings.ReplaceAll(c, "\r", "\n"))
		return m, m.Content != ""
	case tea.KeyPressMsg:
		if m.Text == "" {
			return m, true
		}
		clean := strategy.Strip(m.Text)
		if clean == m.Text {
			return m, true
		}
		if clean == "" {
			return nil, false
		}
		m.Text = clean
		return m, true
	}
	return msg, true
}
