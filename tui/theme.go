package tui

import "charm.land/huh/v2"

// memoTheme builds a huh theme's styles once for each background. huh asks
// its theme for styles every time it draws an option, and building them
// is most of the cost of a keystroke on a long list.
type memoTheme struct {
	theme       huh.Theme
	dark, light *huh.Styles
}

func newMemoTheme(th huh.Theme) *memoTheme {
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
	if *s == nil {
		*s = m.theme.Theme(isDark)
	}
	return *s
}
