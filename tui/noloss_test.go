package tui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestEditorWritesOnlyItsField runs a real editor (a script) from "What
// does it do?": its text lands there and nowhere else, and what is typed
// in the next field is that field's alone (fault 1 of issue 10).
func TestEditorWritesOnlyItsField(t *testing.T) {
	script := filepath.Join(t.TempDir(), "editor")
	if err := os.WriteFile(script, []byte("#!/bin/sh\nprintf 'EDITED BY EDITOR\\n' > \"$1\"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VISUAL", script)
	d := start(t, strategy.New("en"), Options{Editor: true}, 100, 30)
	d.at("language")
	d.enter()
	d.fill("organisation.name", "Bakeri", "organisation.kind")
	d.enter() // the kind offered: business
	d.at("organisation.about")
	d.tm.Type("We bake")
	d.wait("We bake")
	d.key('e', tea.ModCtrl)
	d.wait("EDITED BY EDITOR")
	d.enter()
	d.at("organisation.audiences")
	d.tm.Type("Families")
	d.wait("Families")
	d.enter()
	d.enter()
	d.at("presence")
	d.key('c', tea.ModCtrl)
	d.final()
	p, err := strategy.ParseDraft("answers.yaml", []byte(d.read("answers.yaml")))
	if err != nil {
		t.Fatal(err)
	}
	if p.Organisation.About != "EDITED BY EDITOR" || !slices.Equal(p.AudienceNames(), []string{"Families"}) {
		t.Errorf("about %q, audiences %q; want the editor's text in about only", p.Organisation.About, p.AudienceNames())
	}
}

// TestNoEditorSaysSo: with no editor to run, ctrl+e says so in one line
// and the page stays as it was, still taking keys (fault 2).
func TestNoEditorSaysSo(t *testing.T) {
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", "")
	t.Setenv("PATH", t.TempDir())
	d := start(t, strategy.New("en"), Options{Editor: true}, 100, 30)
	d.at("language")
	d.enter()
	d.fill("organisation.name", "Bakeri", "organisation.kind")
	d.enter() // the kind offered: business
	d.at("organisation.about")
	d.key('e', tea.ModCtrl)
	d.wait("No editor found: set VISUAL or EDITOR", "What does it do?")
	d.tm.Type("We bake")
	d.wait("We bake", "[at:organisation.about]")
	d.key('c', tea.ModCtrl)
	d.wait("[at:confirm]")
	d.tm.Type("y")
	d.final()
}

// activePlan is a plan on its channel pages: Facebook and Instagram, each
// with a goal typed and used for incidents.
func activePlan() *strategy.Plan {
	p := strategy.New("en")
	p.Organisation.Name = "Bakeri"
	p.Presence = strategy.PresenceActive
	p.Channels = []strategy.Channel{
		{ID: "facebook", Purposes: []string{"incident"}, Goal: "Facebook goal typed"},
		{ID: "instagram", Purposes: []string{"inspire", "incident"}, Goal: "Instagram goal typed"},
	}
	p.Voice.Tone = "Warm"
	return p
}

// TestPresenceNoSetsAside: choosing No after channel plans were typed
// keeps them in the answers file under set_aside, says so naming them,
// and Yes brings them back (fault 3).
func TestPresenceNoSetsAside(t *testing.T) {
	m := New(activePlan(), Options{})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, m.open(page{kind: pagePresence}, ""))
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	run(m, cmd)
	_, cmd = m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	run(m, cmd)
	screen := strings.Join(strings.Fields(ansi.Strip(m.View().Content)), " ")
	if !strings.Contains(screen, "Set aside, not deleted: the plans for Facebook and Instagram") {
		t.Errorf("no word of what was set aside:\n%s", screen)
	}
	saved, err := strategy.ParseDraft("answers.yaml", m.lastSaved)
	if err != nil {
		t.Fatal(err)
	}
	if len(saved.Channels) != 0 || len(saved.SetAside.Channels) != 2 || saved.SetAside.Channels[1].Goal != "Instagram goal typed" || saved.SetAside.Voice.Tone != "Warm" {
		t.Errorf("saved with presence none: channels %v, set aside %+v", saved.Channels, saved.SetAside)
	}
	// Opening that file and answering Yes again brings every answer back.
	again := New(saved, Options{})
	if p := again.Plan(); len(p.Channels) != 2 || p.Channels[0].Goal != "Facebook goal typed" || p.Voice.Tone != "Warm" {
		t.Errorf("resumed plan lost answers set aside: %+v", p)
	}
}

// TestUntickSetsAside: unticking a channel with a plan sets the plan aside
// with its place in the incident plan; ticking it again brings both back
// (faults 3 and 5).
func TestUntickSetsAside(t *testing.T) {
	p := activePlan()
	a := newAnswers(p)
	a.fields(page{kind: pageIncident}) // first visit: both channels used for incidents are preselected
	if !slices.Equal(p.Responses.Incident.Channels, []string{"facebook", "instagram"}) {
		t.Fatalf("incident channels = %q, want both channels used for incidents", p.Responses.Incident.Channels)
	}
	knownChannels{a}.Set([]string{"facebook"})
	if len(p.Channels) != 1 || len(p.SetAside.Unticked) != 1 || p.SetAside.Unticked[0].Goal != "Instagram goal typed" {
		t.Errorf("after unticking Instagram: channels %v, unticked %v", p.Channels, p.SetAside.Unticked)
	}
	if !slices.Equal(p.Responses.Incident.Channels, []string{"facebook"}) || !slices.Equal(p.SetAside.IncidentChannels, []string{"instagram"}) {
		t.Errorf("incident channels %q, set aside %q; want Instagram out, kept aside", p.Responses.Incident.Channels, p.SetAside.IncidentChannels)
	}
	saved, err := strategy.ParseDraft("a.yaml", must(strategy.Marshal(snapshot(p))))
	if err != nil || len(saved.SetAside.Unticked) != 1 {
		t.Fatalf("the file does not keep the unticked plan: %v %+v", err, saved.SetAside)
	}
	knownChannels{a}.Set([]string{"facebook", "instagram"})
	if c := p.Channel("instagram"); c == nil || c.Goal != "Instagram goal typed" || len(p.SetAside.Unticked) != 0 {
		t.Errorf("ticking Instagram again: %+v, unticked %v", c, p.SetAside.Unticked)
	}
	if !slices.Equal(p.Responses.Incident.Channels, []string{"facebook", "instagram"}) {
		t.Errorf("incident channels after ticking again = %q", p.Responses.Incident.Channels)
	}
}

// TestCustomChannelsIgnoreCase: "Newsletter, newsletter" is one channel.
func TestCustomChannelsIgnoreCase(t *testing.T) {
	a := newAnswers(activePlan())
	a.fields(page{kind: pageChannels})
	a.draft = "Newsletter, newsletter, NEWSLETTER"
	a.leave(page{kind: pageChannels})
	var ids []string
	for _, c := range a.plan.Channels {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []string{"facebook", "instagram", "Newsletter"}) {
		t.Errorf("channels = %q, want one newsletter", ids)
	}
}

// TestEveryoneSkipsNames: after "Everyone may speak for us" the wizard does
// not ask who they are (fault 8).
func TestEveryoneSkipsNames(t *testing.T) {
	m := New(activePlan(), Options{})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	run(m, m.open(page{kind: pageVoice}, "voice.spokespeople"))
	for m.a.plan.Voice.Spokespeople != strategy.SpeakEveryone {
		_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyUp})
		run(m, cmd)
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	run(m, cmd)
	if got := m.focused(); got != "voice.guidelines" {
		t.Errorf("after everyone, focus on %q, want voice.guidelines", got)
	}
	if strings.Contains(ansi.Strip(m.View().Content), "Who are they?") {
		t.Error("the names are still asked")
	}
}

// TestFinishTickOnlyWhenDecided: the review's finish item shows a tick
// only when no point is open (fault 8).
func TestFinishTickOnlyWhenDecided(t *testing.T) {
	for _, tt := range []struct {
		p    *strategy.Plan
		tick bool
	}{{activePlan(), false}, {strategy.Example("en"), true}} {
		m := New(tt.p, Options{})
		m.open(page{kind: pageReview}, "")
		if got := strings.HasPrefix(m.review.items[0].label, "✓"); got != tt.tick {
			t.Errorf("%s: finish item %q, want a tick %v", tt.p.Organisation.Name, m.review.items[0].label, tt.tick)
		}
	}
}

// TestMeasuresOfferedNotChosen: the measures that fit the purposes are
// offered unticked; one enter accepts none of them (fault 8).
func TestMeasuresOfferedNotChosen(t *testing.T) {
	p := activePlan()
	m := New(p, Options{})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	run(m, m.open(page{pageChannelHow, 1}, ""))
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	run(m, cmd)
	if len(p.Channels[1].Measures) != 0 {
		t.Errorf("measures = %q after one enter, want none chosen", p.Channels[1].Measures)
	}
	_, cmd = m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	run(m, cmd)
	run(m, m.open(page{pageChannelHow, 1}, ""))
	_, cmd = m.Update(tea.KeyPressMsg{Code: 'x', Text: "x"})
	run(m, cmd)
	if want := strategy.SuggestedMeasures(p.Channels[1].Purposes, "en")[:1]; !slices.Equal(p.Channels[1].Measures, want) {
		t.Errorf("measures = %q after ticking the first, want %q", p.Channels[1].Measures, want)
	}
}

// TestWizardKeepsHandEditedDocument: ctrl+s over a document edited by hand
// asks, and yes keeps the edited one under the name it gave (fault 4).
func TestWizardKeepsHandEditedDocument(t *testing.T) {
	dir := t.TempDir()
	docs := &strategy.Documents{Record: filepath.Join(dir, "written")}
	out := filepath.Join(dir, "strategy.md")
	if _, err := docs.Write(out, []byte("# As written\n")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, []byte("# As written\nOur notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := start(t, strategy.Example("en"), Options{Resume: true, OutputPath: out, Documents: docs}, 100, 30)
	d.at("review")
	d.key('s', tea.ModCtrl)
	d.wait("was changed since socialstrategy wrote it", "edited.md?")
	d.tm.Type("y")
	m := d.final()
	if !m.Finished() || m.Kept() != filepath.Join(dir, "strategy.edited.md") {
		t.Fatalf("Finished %v, Kept %q", m.Finished(), m.Kept())
	}
	if got := string(must(os.ReadFile(m.Kept()))); got != "# As written\nOur notes\n" {
		t.Errorf("kept %q, want the edited document", got)
	}
}
