package tui

import (
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/cursor"
	tea "charm.land/bubbletea/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// blinkCanceled returns the message bubbles' cursor sends when a blink is
// restarted, as it is on every key.
func blinkCanceled() tea.Msg {
	c := cursor.New()
	first := c.Blink()
	c.Blink() // cancels the first
	return first()
}

// blink returns the message bubbles' cursor sends to blink.
func blink() tea.Msg {
	c := cursor.New()
	c.BlinkSpeed = time.Millisecond
	return c.Blink()()
}

// TestNoop: the cursor's blinks are dropped, and nothing else is.
func TestNoop(t *testing.T) {
	for _, msg := range []tea.Msg{blinkCanceled(), blink(), cursor.Blink()} {
		if !noop(msg) {
			t.Errorf("%T from bubbles' cursor is not taken for a no-op", msg)
		}
	}
	for _, msg := range []tea.Msg{tea.KeyPressMsg{Code: 'a', Text: "a"}, tea.FocusMsg{}, savedMsg{}, nil} {
		if noop(msg) {
			t.Errorf("%T is taken for a no-op", msg)
		}
	}
}

// TestNoopKeepsFrame: a blink leaves the frame as it was, cursor and
// all, and the next key still shows.
func TestNoopKeepsFrame(t *testing.T) {
	m := New(strategy.New("en"), Options{})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.open(page{kind: pageOrganisation}, "")
	m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	typed := m.View().Content
	if !strings.Contains(typed, "q") {
		t.Fatalf("typed key not drawn:\n%s", typed)
	}
	for _, msg := range []tea.Msg{blinkCanceled(), blink(), blink()} {
		if _, cmd := m.Update(msg); cmd != nil {
			t.Errorf("%T returned a command", msg)
		}
		if got := m.View().Content; got != typed {
			t.Errorf("frame after %T:\n%s\nwant\n%s", msg, got, typed)
		}
	}
	m.Update(tea.KeyPressMsg{Code: 'z', Text: "z"})
	if got := m.View().Content; !strings.Contains(got, "qz") {
		t.Errorf("key after a no-op not drawn:\n%s", got)
	}
	m.Update(blinkCanceled())
	m.open(page{kind: pageChannels}, "")
	if got := m.View().Content; !strings.Contains(got, "Facebook") {
		t.Errorf("a page opened after a no-op shows the old frame:\n%s", got)
	}
}

// TestSameSizeKeepsFrame: the size huh asks for as a page opens is the
// size the page was laid out for; it changes nothing, and a new size
// does.
func TestSameSizeKeepsFrame(t *testing.T) {
	m := New(strategy.New("en"), Options{})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.open(page{kind: pageOrganisation}, "")
	before := m.View().Content
	if _, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24}); cmd != nil || !m.same {
		t.Errorf("same size: cmd %v, same %v; want nothing done", cmd != nil, m.same)
	}
	if got := m.View().Content; got != before {
		t.Errorf("frame changed on the same size:\n%s", got)
	}
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	if got := m.View().Content; got == before || len(strings.Split(got, "\n")) != 20 {
		t.Errorf("a new size did not lay the page out again:\n%s", got)
	}
}
