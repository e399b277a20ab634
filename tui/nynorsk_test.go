package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// bokmålOnly are common words bokmål writes and nynorsk does not. A
// nynorsk screen that shows one has a phrase that fell back to bokmål or
// was written in it.
var bokmålOnly = []string{"ikke", "hva", "hvordan", "hvem", "hvor", "hvorfor", "hvis", "hvilke", "hvilken", "jeg",
	"deres", "dere", "noen", "noe", "ønsker", "følgere", "uke", "uka", "ennå", "fremtidige", "nåværende",
	"tidligere", "kunder", "kanaler", "ansvarlig", "formål", "måltall", "talspersoner", "beslutningen", "være",
	"hver", "hvert", "bare", "lagret", "virksomheten", "mangler", "punkter", "velg", "ugyldig", "ledelsen", "ansatte",
	"gjør", "skjer noe", "kommer", "videre", "lagres", "fra", "tegn", "tall", "navn", "siden", "mer"}

// bokmalWords returns the bokmål-only words in s.
func bokmalWords(s string) []string {
	var out []string
	low := " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !strings.ContainsRune("abcdefghijklmnopqrstuvwxyzæøåé", r)
	}), " ") + " "
	for _, w := range bokmålOnly {
		if strings.Contains(low, " "+w+" ") {
			out = append(out, w)
		}
	}
	return out
}

// TestWizardScreensNynorsk: every page of the nynorsk example, as a person
// sees it at 80x24, and not one bokmål word on any of them.
func TestWizardScreensNynorsk(t *testing.T) {
	pages := []page{{kind: pageWelcome}, {kind: pageOrganisation}, {kind: pagePresence}, {kind: pageChannels},
		{pageChannelWhat, 0}, {pageChannelHow, 0}, {kind: pageVoice}, {kind: pageResponses}, {kind: pageIncident},
		{kind: pageListening}, {kind: pageReview}}
	m := New(strategy.Example(strategy.LangNynorsk), Options{AnswersPath: "plan.yaml"})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, pg := range pages {
		cmd := m.open(pg, "")
		if pg.kind == pageReview {
			m.Update(cmd())
		}
		screen := ansi.Strip(m.View().Content)
		if b := bokmalWords(screen); b != nil {
			t.Errorf("page %s shows the bokmål words %q:\n%s", pageName(pg), b, screen)
		}
		t.Run(pageName(pg), func(t *testing.T) { golden.RequireEqual(t, []byte(screen)) })
	}
	none := &strategy.Plan{Version: strategy.Version, Language: strategy.LangNynorsk, Presence: strategy.PresenceNone,
		Organisation: strategy.Organisation{Name: "Fjellstova"}}
	m = New(none, Options{AnswersPath: "plan.yaml"})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.open(page{kind: pageNoPresence}, "")
	screen := ansi.Strip(m.View().Content)
	if b := bokmalWords(screen); b != nil {
		t.Errorf("page no-presence shows the bokmål words %q:\n%s", b, screen)
	}
	t.Run("no-presence", func(t *testing.T) { golden.RequireEqual(t, []byte(screen)) })
}

// TestWizardNynorsk runs an interview in nynorsk, chosen on the welcome
// page, through the no-presence path to the written document; ctrl+l on
// the review then cycles nynorsk → English → bokmål → nynorsk.
func TestWizardNynorsk(t *testing.T) {
	d := start(t, strategy.New("en"), Options{}, 100, 40)
	d.at("language")
	d.key(tea.KeyDown)
	d.key(tea.KeyDown)
	d.wait("> Norsk nynorsk", "De får nokre spørsmål om verksemda") // the welcome page speaks nynorsk at once
	d.enter()
	d.wait("Kva heiter de?", "Steg 2 av")
	d.fill("organisation.name", "Fjellstova", "organisation.kind")
	d.enter() // the kind offered: business
	d.at("organisation.about")
	d.fill("organisation.about", "Overnatting og kafé i Jølster", "organisation.audiences")
	d.fillLines("organisation.audiences", "Turgåarar", "presence")
	d.wait("Nei: vi vel bort sosiale medium")
	d.key(tea.KeyDown)
	d.enter()
	d.wait("Kvifor skal de ikkje vere til stades i sosiale medium?")
	d.fill("no_presence_reason", "Gjestene finn oss gjennom turistforeininga", "review.cadence")
	d.fill("review.cadence", "kvar januar", "review.owner")
	d.fill("review.owner", "Marit", "review")
	screen := d.wait("Skriv dokumentet", "ctrl+l English")
	if b := bokmalWords(screen); b != nil {
		t.Errorf("the review shows the bokmål words %q:\n%s", b, screen)
	}
	d.key('l', tea.ModCtrl)
	d.wait("Write the document", "ctrl+l bokmål")
	d.key('l', tea.ModCtrl)
	d.wait("Skriv dokumentet", "ctrl+l nynorsk")
	d.key('l', tea.ModCtrl)
	d.wait("Skriv dokumentet", "ctrl+l English")
	d.key('s', tea.ModCtrl)
	if m := d.final(); !m.Finished() {
		t.Fatal("Finished() = false, want true")
	}
	p, err := strategy.Decode("answers.yaml", []byte(d.read("answers.yaml")))
	if err != nil {
		t.Fatal(err)
	}
	if p.Language != strategy.LangNynorsk {
		t.Errorf("saved plan: language %q, want nn", p.Language)
	}
	golden.RequireEqual(t, []byte(d.read("strategy.md")))
}
