package tui

import (
	"sync"

	"charm.land/huh/v2"
)

// memoTheme builds a huh theme's styles once for each background. huh asks
// its theme for styles every time it draws an option, and building them
// is most of the cost of a keystroke on a long list. It is safe to share
// between wizards: huh only reads the styles.
type memoTheme struct {
	theme       huh.Theme
	dark, light struct {
		once   sync.Once
		styles *huh.Styles
	}
}

// SharedTheme returns th (huh's Charm theme if nil) with its styles built
// once, for many wizards to share: a workshop server gives it to every
// session instead of building the same styles for each.
func SharedTheme(th huh.Theme) huh.Theme { return newMemoTheme(th) }

func newMemoTheme(th huh.Theme) *memoTheme {
	if m, ok := th.(*memoTheme); ok {
		return m
	}
	if th == nil {
		th = huh.ThemeFunc(huh.ThemeCharm)
	}
	return &memoTheme{theme: th}
}

// Theme implements huh.Theme.
func (m *memoTheme) Theme(isDark bool) *huh.Styles {
	s := &m.light
	if isDark {
		s = &m.dark
	}
	s.once.Do(func() { s.styles = m.theme.Theme(isDark) })
	return s.styles
}
