package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// TestLazyFieldShowsWhatTheFieldShows: whatever happens to a field, the
// lazy wrapper draws what the field itself would draw.
func TestLazyFieldShowsWhatTheFieldShows(t *testing.T) {
	var v string
	inner := huh.NewText().Title("About").Value(&v)
	f := lazy(inner, nil)
	steps := []struct {
		name string
		do   func()
	}{
		{"sized", func() { f.WithWidth(40) }},
		{"focus", func() { f.Focus() }},
		{"type", func() { f.Update(tea.KeyPressMsg{Code: 'a', Text: "a"}) }},
		{"blur", func() { f.Blur() }},
		{"narrow", func() { f.WithWidth(20) }},
		{"theme", func() { f.WithTheme(huh.ThemeFunc(huh.ThemeDracula)) }},
		{"position", func() { f.WithPosition(huh.FieldPosition{Field: 1, FirstField: 0, LastField: 2}) }},
		{"light", func() { f.Update(tea.BackgroundColorMsg{Color: background(false)}) }},
		{"dark", func() { f.Update(tea.BackgroundColorMsg{Color: background(true)}) }},
		{"dark again", func() { f.Update(tea.BackgroundColorMsg{Color: background(true)}) }},
		{"short", func() { f.WithHeight(4) }},
		{"resize message", func() { f.Update(tea.WindowSizeMsg{Width: 30, Height: 10}) }},
		{"same width", func() { f.WithWidth(20) }},
		{"wide", func() { f.WithWidth(60) }},
		{"focus again", func() { f.Focus() }},
		{"type again", func() { f.Update(tea.KeyPressMsg{Code: 'b', Text: "b"}) }},
	}
	for _, s := range steps {
		s.do()
		if got, want := f.View(), inner.View(); got != want {
			t.Errorf("after %s: lazy view\n%s\nwant\n%s", s.name, got, want)
		}
	}
}

// TestLazyFieldWaitsForAWidth: a field draws nothing until it is given a
// width, so a page is drawn once, after it is themed and sized.
func TestLazyFieldWaitsForAWidth(t *testing.T) {
	var v string
	f := lazy(huh.NewInput().Title("Name").Value(&v), nil)
	f.WithTheme(huh.ThemeFunc(huh.ThemeCharm))
	f.Update(tea.BackgroundColorMsg{Color: background(true)})
	if got := f.View(); got != "" {
		t.Fatalf("unsized field drew %q", got)
	}
	f.WithWidth(40)
	if got := f.View(); !strings.Contains(got, "Name") {
		t.Fatalf("sized field drew %q, want its title", got)
	}
}

// fieldSpy is a field that keeps the messages it is given.
type fieldSpy struct {
	*huh.Note
	got []tea.Msg
}

func (s *fieldSpy) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	s.got = append(s.got, msg)
	return s, nil
}

// TestReEvalKnowsHuhsMessage fails when huh no longer gives its fields the
// message reEval looks for, or gives it another name: the wizard would
// then draw every select's options again on every key.
func TestReEvalKnowsHuhsMessage(t *testing.T) {
	s := &fieldSpy{Note: huh.NewNote()}
	g := huh.NewGroup(s)
	g.Update(tea.KeyPressMsg{Code: 'a', Text: "a"})
	found := false
	for _, m := range s.got {
		found = found || reEval(m)
	}
	if !found {
		t.Fatalf("huh's group gave its field %T, none of them the re-evaluation message", s.got)
	}
	if reEval(tea.KeyPressMsg{}) || reEval(nil) || reEval(scroll{}) {
		t.Fatal("reEval takes other messages for huh's")
	}
}
