package tui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// bigPlan is the example plan with 20 channels: the 12 known ones and 8
// of the organisation's own.
func bigPlan() *strategy.Plan {
	p := strategy.Example("en")
	model := p.Channels[0]
	p.Channels = nil
	for i := range 20 {
		c := model
		c.ID = fmt.Sprintf("Channel %d", i)
		if i < len(strategy.Channels) {
			c.ID = strategy.Channels[i].ID
		}
		p.Channels = append(p.Channels, c)
	}
	return p
}

// BenchmarkKeystroke measures one key's Update and View on the pages that
// grow with the number of channels, with 20 channels chosen. A key typed
// into a text field is followed, as in a running program, by the cursor's
// cancelled blink and its own Update and View.
func BenchmarkKeystroke(b *testing.B) {
	for _, bc := range []struct {
		name string
		pg   page
		key  tea.KeyPressMsg
	}{
		{"channels/down", page{kind: pageChannels}, tea.KeyPressMsg{Code: tea.KeyDown}},
		{"incident/down", page{kind: pageIncident}, tea.KeyPressMsg{Code: tea.KeyDown}},
		{"channel-how/type", page{pageChannelHow, 19}, tea.KeyPressMsg{Code: 'a', Text: "a"}},
		{"organisation/type", page{kind: pageOrganisation}, tea.KeyPressMsg{Code: 'a', Text: "a"}},
		{"review/down", page{kind: pageReview}, tea.KeyPressMsg{Code: tea.KeyDown}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			m := New(bigPlan(), Options{})
			m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
			if cmd := m.open(bc.pg, ""); bc.pg.kind == pageReview {
				m.Update(cmd())
			}
			typing := bc.key.Text != ""
			cancelled := blinkCanceled()
			b.ReportAllocs()
			for b.Loop() {
				m.Update(bc.key)
				_ = m.View()
				if typing {
					m.Update(cancelled)
					_ = m.View()
				}
			}
		})
	}
}

// BenchmarkOpenPage measures moving to a page and drawing its first
// frame, with 20 channels chosen: what a room pressing enter at once asks
// of a workshop server.
func BenchmarkOpenPage(b *testing.B) {
	for _, bc := range []struct {
		name string
		pg   page
	}{
		{"organisation", page{kind: pageOrganisation}},
		{"channels", page{kind: pageChannels}},
		{"channel-how", page{pageChannelHow, 19}},
		{"incident", page{kind: pageIncident}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			m := New(bigPlan(), Options{})
			m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
			b.ReportAllocs()
			for b.Loop() {
				m.open(bc.pg, "")
				_ = m.View()
			}
		})
	}
}

// BenchmarkStart measures a new wizard's first frame: what every
// participant connecting to a workshop server costs it.
func BenchmarkStart(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		m := New(strategy.New("en"), Options{})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		m.Update(tea.BackgroundColorMsg{Color: background(true)})
		_ = m.View()
	}
}

// BenchmarkPreview measures rendering the review's preview of a 20-channel
// plan with glamour, which the wizard does in a command once per change.
func BenchmarkPreview(b *testing.B) {
	m := New(bigPlan(), Options{})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	m.open(page{kind: pageReview}, "")
	b.ReportAllocs()
	for b.Loop() {
		if msg := m.review.render(m)().(renderedMsg); msg.err != nil {
			b.Fatal(msg.err)
		}
	}
}
