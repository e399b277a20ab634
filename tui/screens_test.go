package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// screenPlan is a language's example with a long one-line answer and a
// long answer of several lines, the answers that tell whether the screen
// uses its room.
func screenPlan(lang string) *strategy.Plan {
	p := strategy.Example(lang)
	p.Organisation.Name = "Solsiden Bakeri og Kafé på Bakklandet, Trondheims eldste nabolagsbakeri siden 1911"
	p.Organisation.About = strings.Repeat("We bake bread every morning and sell it in the café.\n", 6) + "The last line of a long answer."
	return p
}

// settle runs cmd and gives the wizard the preview it renders, the one
// message these screens wait for; other commands are not run.
func settle(m *Model, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		switch msg := msg.(type) {
		case renderedMsg:
			m.Update(msg)
		case tea.BatchMsg:
			for _, c := range msg {
				settle(m, c)
			}
		}
	case <-time.After(2 * time.Second):
	}
}

// screen is what the terminal shows, colours off, checked to fit.
func screen(t *testing.T, m *Model, w, h int) string {
	t.Helper()
	s := ansi.Strip(m.View().Content)
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Errorf("%dx%d: %d lines, want at most %d", w, h, len(lines), h)
	}
	for _, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%dx%d: line %q is %d wide", w, h, l, lw)
		}
	}
	return s
}

func TestScreenSizes(t *testing.T) {
	// Every language at the four sizes people use, on the pages whose
	// layout depends most on the room: the welcome, a page with long
	// answers, and the review. Review changes like code; regenerate with
	// go test ./tui -run TestScreenSizes -update.
	for _, lang := range strategy.Languages {
		for _, size := range [][2]int{{60, 20}, {80, 24}, {100, 30}, {120, 40}} {
			m := New(screenPlan(lang), Options{AnswersPath: "plan.yaml"})
			m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			for _, pg := range []page{{kind: pageWelcome}, {kind: pageOrganisation}, {kind: pageReview}} {
				settle(m, m.open(pg, ""))
				t.Run(fmt.Sprintf("%s_%dx%d_%s", lang, size[0], size[1], pageName(pg)), func(t *testing.T) {
					golden.RequireEqual(t, []byte(screen(t, m, size[0], size[1])))
				})
			}
			// The long answer of several lines, focused: its box takes
			// the room the screen has.
			settle(m, m.open(page{kind: pageOrganisation}, "organisation.about"))
			t.Run(fmt.Sprintf("%s_%dx%d_about", lang, size[0], size[1]), func(t *testing.T) {
				golden.RequireEqual(t, []byte(screen(t, m, size[0], size[1])))
			})
		}
	}
}

func TestScreenAfterResize(t *testing.T) {
	// Shrinking the terminal and enlarging it again gives the screen the
	// size alone gives: a long answer shows its start again, the preview
	// fills the width.
	for _, lang := range strategy.Languages {
		for _, pg := range []page{{kind: pageOrganisation}, {kind: pageReview}} {
			fresh := New(screenPlan(lang), Options{AnswersPath: "plan.yaml"})
			fresh.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			settle(fresh, fresh.open(pg, ""))

			m := New(screenPlan(lang), Options{AnswersPath: "plan.yaml"})
			m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			settle(m, m.open(pg, ""))
			for _, size := range [][2]int{{60, 20}, {100, 30}, {120, 40}} {
				_, cmd := m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				settle(m, cmd)
			}
			t.Run(fmt.Sprintf("%s_%s", lang, pageName(pg)), func(t *testing.T) {
				got := screen(t, m, 120, 40)
				golden.RequireEqual(t, []byte(got))
				if want := screen(t, fresh, 120, 40); got != want {
					t.Errorf("after 120x40 → 60x20 → 100x30 → 120x40 the screen differs from a fresh 120x40 one:\n%s\nwant\n%s", got, want)
				}
			})
		}
	}
}

func TestCutWords(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"○ why this channel", 30, "○ why this channel"},
		{"Gap: the goal has no number or date to check it by", 30, "Gap: the goal has no number…"},
		{"Mangler: målet har ingen dato", 20, "Mangler: målet har…"},
		{"Supercalifragilisticexpialidocious", 10, "Supercali…"},
	}
	for _, tt := range tests {
		got := cutWords(tt.in, tt.width)
		if got != tt.want || ansi.StringWidth(got) > tt.width {
			t.Errorf("cutWords(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

func TestCutAnswerEndsInEllipsis(t *testing.T) {
	// A one-line answer too long for its field, once focus has left it,
	// shows its start and ends in "…"; one that fits shows as it is.
	// The screen is tall enough to keep the name in view below the kind.
	m := New(screenPlan(strategy.LangEnglish), Options{AnswersPath: "plan.yaml"})
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 40})
	settle(m, m.open(page{kind: pageOrganisation}, ""))
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyTab})
	run(m, cmd)
	got := ansi.Strip(m.View().Content)
	if !strings.Contains(got, "> Solsiden Bakeri og Kafé på Bakklandet, Trondheims eld…") {
		t.Errorf("the long name left does not end in …:\n%s", got)
	}

	short := New(strategy.Example(strategy.LangEnglish), Options{AnswersPath: "plan.yaml"})
	short.Update(tea.WindowSizeMsg{Width: 60, Height: 40})
	settle(short, short.open(page{kind: pageOrganisation}, ""))
	_, cmd = short.Update(tea.KeyPressMsg{Code: tea.KeyTab})
	run(short, cmd)
	if got := ansi.Strip(short.View().Content); !strings.Contains(got, "> Solsiden Bakeri") || strings.Contains(got, "Bakeri…") {
		t.Errorf("a name that fits is not shown as it is:\n%s", got)
	}
}

func TestTextBoxGrows(t *testing.T) {
	// On a tall screen the focused box of a long answer shows all of it;
	// on a short one it keeps to the room there is; left, it shows its
	// start in three lines again.
	tests := []struct {
		w, h      int
		wantLines int // lines of the answer shown while focused
	}{
		{120, 40, 7},
		{60, 20, 3},
	}
	for _, tt := range tests {
		m := New(screenPlan(strategy.LangEnglish), Options{AnswersPath: "plan.yaml"})
		m.Update(tea.WindowSizeMsg{Width: tt.w, Height: tt.h})
		settle(m, m.open(page{kind: pageOrganisation}, "organisation.about"))
		got := ansi.Strip(m.View().Content)
		if n := strings.Count(got, "We bake bread every morning") + strings.Count(got, "The last line of a long answer."); n != tt.wantLines {
			t.Errorf("%dx%d: the focused answer shows %d lines, want %d:\n%s", tt.w, tt.h, n, tt.wantLines, got)
		}
		if !strings.Contains(got, "Families living nearby") {
			t.Errorf("%dx%d: the field below is gone:\n%s", tt.w, tt.h, got)
		}
		_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyTab})
		run(m, cmd)
		got = ansi.Strip(m.View().Content)
		if n := strings.Count(got, "We bake bread every morning"); n != 3 || strings.Contains(got, "The last line") {
			t.Errorf("%dx%d: the answer left shows %d of its first lines, want its start in 3:\n%s", tt.w, tt.h, n, got)
		}
	}
}
