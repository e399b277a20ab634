package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// TestTrimReserve checks that trimReserve still reaches bubbles' lines,
// that bubbles still reserves the room it trims (when it no longer does,
// trimReserve can go), and that a trimmed box takes typed and pasted
// lines as one that was not trimmed does.
func TestTrimReserve(t *testing.T) {
	fresh := huh.NewText()
	lines := textLinesOf(fresh)
	if lines == nil {
		t.Fatal("huh's Text or bubbles' textarea changed its fields: trimReserve no longer reaches the lines; look again at whether it is needed")
	}
	if cap(*lines) < 1000 {
		t.Fatalf("bubbles now reserves room for %d lines, not 10,000: trimReserve can go", cap(*lines))
	}

	for _, start := range []string{"", "one line", "first\nsecond\nthird"} {
		var trimmedVal, plainVal string
		trimmed := trimReserve(huh.NewText().CharLimit(maxText).Value(&trimmedVal))
		plain := huh.NewText().CharLimit(maxText).Value(&plainVal)
		trimmedVal, plainVal = start, start
		trimmed.Value(&trimmedVal)
		trimReserve(trimmed)
		plain.Value(&plainVal)
		if got := cap(*textLinesOf(trimmed)); got > strings.Count(start, "\n")+1+spareLines {
			t.Errorf("%q: room for %d lines after trimReserve", start, got)
		}
		for _, f := range []*huh.Text{trimmed, plain} {
			f.Focus()
			f.Update(tea.PasteMsg{Content: strings.Repeat("pasted line\n", 40)})
			for range 30 {
				f.Update(tea.KeyPressMsg{Code: 'x', Text: "x"})
				f.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
			}
			f.Update(tea.KeyPressMsg{Code: tea.KeyUp})
			f.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
			f.Blur()
		}
		if trimmedVal != plainVal {
			t.Errorf("%q: a trimmed box holds\n%q\nan untrimmed one\n%q", start, trimmedVal, plainVal)
		}
		if n := strings.Count(trimmedVal, "\n"); n < 60 {
			t.Errorf("%q: the box holds %d lines after 40 pasted and 30 typed", start, n)
		}
	}
}
