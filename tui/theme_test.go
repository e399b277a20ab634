package tui

import (
	"sync"
	"testing"

	"charm.land/huh/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestSharedTheme: wizards given one shared theme use the same styles,
// built once however many ask at the same time.
func TestSharedTheme(t *testing.T) {
	builds := 0
	var mu sync.Mutex
	th := SharedTheme(huh.ThemeFunc(func(dark bool) *huh.Styles {
		mu.Lock()
		builds++
		mu.Unlock()
		return huh.ThemeCharm(dark)
	}))
	var wg sync.WaitGroup
	got := make([]*huh.Styles, 8)
	for i := range got {
		wg.Go(func() {
			m := New(strategy.New("en"), Options{Theme: th})
			got[i] = m.theme.Theme(true)
		})
	}
	wg.Wait()
	for _, s := range got[1:] {
		if s != got[0] {
			t.Fatal("wizards sharing a theme got different styles")
		}
	}
	if got[0] == th.Theme(false) {
		t.Error("dark and light styles are the same")
	}
	if builds != 2 {
		t.Errorf("the theme was built %d times, want 2 (dark and light)", builds)
	}
}
