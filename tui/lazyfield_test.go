package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// TestLazyFieldShowsWhatTheFieldShows: whatever happens to a field, the
// lazy wrapper draws what the field itself would draw.
func TestLazyFieldShowsWhatTheFieldShows(t *testing.T) {
	var v string
	inner := huh.NewText().Title("About").Value(&v)
	f := lazy(inner)
	steps := []struct {
		name string
		do   func()
	}{
		{"start", func() {}},
		{"focus", func() { f.Focus() }},
		{"type", func() { f.Update(tea.KeyPressMsg{Code: 'a', Text: "a"}) }},
		{"blur", func() { f.Blur() }},
		{"narrow", func() { f.WithWidth(20) }},
		{"theme", func() { f.WithTheme(huh.ThemeFunc(huh.ThemeDracula)) }},
		{"position", func() { f.WithPosition(huh.FieldPosition{Field: 1, FirstField: 0, LastField: 2}) }},
		{"dark", func() { f.Update(tea.BackgroundColorMsg{Color: background(false)}) }},
	}
	for _, s := range steps {
		s.do()
		if got, want := f.View(), inner.View(); got != want {
			t.Errorf("after %s: lazy view\n%s\nwant\n%s", s.name, got, want)
		}
	}
}
