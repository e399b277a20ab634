package tui

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// spy wraps the wizard so a test can see what the last frame showed and
// which field had focus, without reading the model from another goroutine.
type spy struct {
	*Model
	last *atomic.Value
}

func (s spy) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := s.Model.Update(msg)
	return s, cmd
}

func (s spy) View() tea.View {
	v := s.Model.View()
	s.last.Store(ansi.Strip(v.Content) + "\n[at:" + s.focused() + "]")
	return v
}

// focused names where the wizard is: the focused field's key, or the page.
func (m *Model) focused() string {
	switch {
	case m.confirm:
		return "confirm"
	case m.form == nil:
		return "review"
	}
	if f := m.form.GetFocusedField(); f != nil {
		return f.GetKey()
	}
	return ""
}

type driver struct {
	t    *testing.T
	tm   *teatest.TestModel
	last *atomic.Value
	dir  string
}

func start(t *testing.T, p *strategy.Plan, opts Options, w, h int) *driver {
	t.Helper()
	dir := t.TempDir()
	if opts.AnswersPath == "" {
		opts.AnswersPath = filepath.Join(dir, "answers.yaml")
	}
	if opts.OutputPath == "" {
		opts.OutputPath = filepath.Join(dir, "strategy.md")
	}
	last := new(atomic.Value)
	last.Store("")
	tm := teatest.NewTestModel(t, spy{New(p, opts), last},
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	d := &driver{t: t, tm: tm, last: last, dir: dir}
	return d
}

// wait polls the last frame until it contains every one of want.
func (d *driver) wait(want ...string) string {
	d.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		s := d.last.Load().(string)
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(s, w)
		}
		if ok {
			return s
		}
		if time.Now().After(deadline) {
			d.t.Fatalf("screen never showed %q; last frame:\n%s", want, s)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// at waits until the field with the given key has focus.
func (d *driver) at(key string) { d.t.Helper(); d.wait("[at:" + key + "]") }

func (d *driver) key(code rune, mod ...tea.KeyMod) {
	var m tea.KeyMod
	for _, x := range mod {
		m |= x
	}
	d.tm.Send(tea.KeyPressMsg{Code: code, Mod: m})
}

func (d *driver) enter() { d.key(tea.KeyEnter) }

// fill types text into the focused field, then moves on with enter and
// waits for the next field.
func (d *driver) fill(key, s, next string) {
	d.t.Helper()
	d.at(key)
	d.tm.Type(s)
	d.wait(strings.TrimSpace(lastLine(s)))
	d.enter()
	d.at(next)
}

// fillLines types one item into a list written one item per line and
// goes on: enter ends the line, enter on the empty line after it goes on.
func (d *driver) fillLines(key, s, next string) {
	d.t.Helper()
	d.at(key)
	d.tm.Type(s)
	d.wait(s)
	d.enter()
	d.enter()
	d.at(next)
}

func lastLine(s string) string {
	if i := strings.LastIndex(s, "\n"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func (d *driver) final() *Model {
	d.t.Helper()
	return d.tm.FinalModel(d.t, teatest.WithFinalTimeout(5*time.Second)).(spy).Model
}

func (d *driver) read(name string) string {
	d.t.Helper()
	b, err := os.ReadFile(filepath.Join(d.dir, name))
	if err != nil {
		d.t.Fatal(err)
	}
	return string(b)
}

// organisation answers the first pages: language, name, kind, about,
// audiences. The kind is the one downs below the offered business.
func (d *driver) organisation(downs int) {
	d.t.Helper()
	d.at("language")
	d.enter()
	d.fill("organisation.name", "Solsiden Bakeri", "organisation.kind")
	for range downs {
		d.key(tea.KeyDown)
	}
	d.wait("> " + strategy.Kinds[downs].Name.En)
	d.enter()
	d.at("organisation.about")
	d.fill("organisation.about", "Bakery and café in Trondheim", "organisation.audiences")
	d.at("organisation.audiences")
	d.tm.Type("Families nearby")
	d.key('j', tea.ModCtrl)
	d.tm.Type("Offices ordering catering")
	d.wait("Offices ordering catering")
	d.enter() // a new line: the list takes one item per line
	d.wait("[at:organisation.audiences]")
	d.enter() // an empty line goes on
	d.at("presence")
}

func TestWizardNoPresence(t *testing.T) {
	d := start(t, strategy.New("en"), Options{}, 80, 24)
	d.organisation(3)                                                          // a club
	d.wait("(Families nearby, Offices ordering", "catering) on social media?") // the presence question names the audiences typed
	d.key(tea.KeyDown)
	d.wait("> No")
	d.enter()
	d.fill("no_presence_reason", "None of our buyers are on social media; they find us at the market.", "review.cadence")
	d.fill("review.cadence", "January 2027", "review.owner")
	d.fill("review.owner", "Ola", "review")
	d.wait("Write the document", "Step 4 of 4")
	d.key('s', tea.ModCtrl)
	m := d.final()
	if !m.Finished() {
		t.Fatalf("Finished() = false, want true")
	}

	p, err := strategy.Parse("answers.yaml", []byte(d.read("answers.yaml")))
	if err != nil {
		t.Fatalf("saved answers do not parse: %v", err)
	}
	if p.Presence != strategy.PresenceNone || p.Review.Cadence != "January 2027" || len(p.Organisation.Audiences) != 2 {
		t.Errorf("saved plan = %+v, want presence none, review January 2027, two audiences", p)
	}
	if yaml := d.read("answers.yaml"); !strings.Contains(yaml, "kind: club") {
		t.Errorf("answers.yaml does not say kind: club:\n%s", yaml)
	}
	golden.RequireEqual(t, []byte(d.read("strategy.md")))
}

func TestWizardActiveTwoChannels(t *testing.T) {
	d := start(t, strategy.New("en"), Options{}, 100, 40)
	d.organisation(0)
	d.enter() // yes, we will be there
	d.at("channels")
	d.key(tea.KeyDown)
	d.tm.Type("x") // Instagram
	d.key(tea.KeyDown)
	d.tm.Type("x") // LinkedIn
	d.wait("✓ Instagram", "✓ LinkedIn")
	d.enter()
	d.fill("channels.custom", "", "channels[0].why")
	d.fill("channels[0].why", "", "channels[0].purposes")

	// Instagram: inspire and promote.
	d.tm.Type("x")
	d.key(tea.KeyDown)
	d.key(tea.KeyDown)
	d.tm.Type("x")
	d.wait("✓ Inspire and engage", "✓ Inform about products")
	d.enter()
	d.fill("channels[0].goal", "Reach 2,000 local followers by June 2027", "channels[0].baseline")
	d.fill("channels[0].baseline", "", "channels[0].measures")
	d.wait("reach", "impressions", "mentions", "clicks") // offered for the purposes, none ticked
	d.tm.Type("x")
	d.key(tea.KeyDown)
	d.tm.Type("x")
	d.wait("✓ reach", "✓ impressions")
	d.enter()
	d.fill("channels[0].measures_other", "orders from social", "channels[0].audience")
	d.fill("channels[0].audience", "Families nearby", "channels[0].owner")
	d.fill("channels[0].owner", "Kari", "channels[0].cadence")
	d.fill("channels[0].cadence", "3 posts a week", "channels[0].tone")
	d.fill("channels[0].tone", "Warm, photo first", "channels[1].why")
	d.fill("channels[1].why", "", "channels[1].purposes")

	// LinkedIn: support and incident.
	for range 5 {
		d.key(tea.KeyDown)
	}
	d.tm.Type("x")
	d.key(tea.KeyDown)
	d.tm.Type("x")
	d.wait("✓ Customer service", "✓ Inform during incidents")
	d.enter()
	d.fill("channels[1].goal", "20 catering orders a month by March 2027", "channels[1].baseline")
	d.fill("channels[1].baseline", "", "channels[1].measures")
	d.tm.Type("x")
	d.enter()
	d.at("channels[1].measures_other")
	d.enter()
	d.fill("channels[1].audience", "Office managers", "channels[1].owner")
	d.fill("channels[1].owner", "Ola", "channels[1].cadence")
	d.fill("channels[1].cadence", "2 posts a week", "channels[1].tone")
	d.fill("channels[1].tone", "Helpful", "voice.tone")

	d.fill("voice.tone", "Friendly, plain language", "voice.spokespeople")
	d.enter() // designated is the default
	d.fill("voice.spokespeople_names", "Kari, Ola", "voice.guidelines")
	d.fillLines("voice.guidelines", "Ask before posting photos of customers", "responses.praise.approach")

	d.enter() // the offered default
	d.at("responses.praise.response_time")
	d.enter()
	d.fill("responses.praise.owner", "Kari", "responses.criticism.approach")
	d.enter()
	d.at("responses.criticism.response_time")
	d.enter()
	d.fill("responses.criticism.owner", "Ola", "responses.criticism.escalation")
	d.fill("responses.criticism.escalation", "Ola, for food safety", "responses.incident.lead")

	d.fill("responses.incident.lead", "Ola", "responses.incident.channels")
	d.wait("✓ LinkedIn") // offered: the channel used for incidents
	d.enter()
	d.at("responses.incident.first_steps")
	d.wait("Pause scheduled posts") // offered, first
	d.enter()                       // a new line after the offered steps
	d.enter()                       // the empty line goes on
	d.at("responses.incident.holding_statement")
	d.enter()
	d.at("responses.incident.update_interval")
	d.wait("every 2 hours")
	d.enter()
	d.at("responses.incident.afterwards")
	d.enter()

	d.at("listening.terms")
	d.wait("Solsiden Bakeri")
	d.enter()
	d.at("listening.frequency")
	d.enter()
	d.fill("listening.owner", "Kari", "review.cadence")
	d.enter()
	d.fill("review.owner", "Ola", "review")
	d.wait("Everything is decided", "Step 9 of 9")
	d.key('s', tea.ModCtrl)
	if m := d.final(); !m.Finished() {
		t.Fatalf("Finished() = false, want true")
	}

	p, err := strategy.Parse("answers.yaml", []byte(d.read("answers.yaml")))
	if err != nil {
		t.Fatalf("saved answers do not parse: %v", err)
	}
	if got := len(p.Channels); got != 2 {
		t.Fatalf("len(Channels) = %d, want 2", got)
	}
	if in := p.Responses.Incident; len(in.FirstSteps) != 3 || in.FirstSteps[0] != "Pause scheduled posts" ||
		in.UpdateInterval != "every 2 hours" || !strings.HasPrefix(in.Afterwards, "Within a week") {
		t.Errorf("incident = %+v, want the offered first steps, pausing scheduled posts first, and a review afterwards", in)
	}
	if done, total := p.Decided(); done != total {
		t.Errorf("Decided() = %d of %d, want all", done, total)
	}
	golden.RequireEqual(t, []byte(d.read("strategy.md")))
}

func TestWizardBackKeepsAnswers(t *testing.T) {
	d := start(t, strategy.New("en"), Options{}, 80, 24)
	d.organisation(0)
	d.key(tea.KeyEscape) // back to the organisation page
	d.at("organisation.name")
	d.wait("Solsiden Bakeri", "Bakery and café")
	for range len("Solsiden Bakeri") {
		d.key(tea.KeyBackspace)
	}
	d.wait("[at:organisation.name]")
	// An empty required field must not trap shift+tab (huh refuses it).
	d.key(tea.KeyTab, tea.ModShift)
	d.at("language")
	d.enter()
	d.at("organisation.name")
	d.enter() // refused: the name is required
	d.wait("Give the organisation's name")
	d.tm.Type("Nordlys Kafé")
	d.wait("Nordlys Kafé")
	d.enter()
	d.at("organisation.kind")
	d.enter()
	d.at("organisation.about")
	d.wait("Bakery and café") // still there
	d.enter()
	d.at("organisation.audiences")
	d.enter() // a new line after the last group
	d.enter() // and on
	d.at("presence")
	d.key('c', tea.ModCtrl)
	m := d.final()
	if !m.Aborted() {
		t.Errorf("Aborted() = false, want true")
	}
	p, err := strategy.Decode("answers.yaml", []byte(d.read("answers.yaml")))
	if err != nil {
		t.Fatal(err)
	}
	if p.Organisation.Name != "Nordlys Kafé" || len(p.Organisation.Audiences) != 2 {
		t.Errorf("saved organisation = %+v, want the new name and both audiences\n%s", p.Organisation, d.last.Load())
	}
}

func TestWizardResume(t *testing.T) {
	partial := &strategy.Plan{
		Version: 1, Language: "en", Presence: strategy.PresenceNone,
		Organisation: strategy.Organisation{Name: "Solsiden Bakeri"},
	}
	d := start(t, partial, Options{Resume: true}, 80, 24)
	d.at("no_presence_reason")
	d.wait("Step 3 of 4")
	d.key(tea.KeyEscape)
	d.at("presence")
	d.wait("> No")
	d.key('c', tea.ModCtrl)
	if m := d.final(); !m.Aborted() || !m.Saved() {
		t.Errorf("Aborted(), Saved() = %v, %v; want true, true (resumed from a saved file)", m.Aborted(), m.Saved())
	}
}

func TestWizardQuitConfirm(t *testing.T) {
	d := start(t, strategy.New("en"), Options{}, 80, 24)
	d.at("language")
	d.enter()
	d.at("organisation.name")
	d.tm.Type("Half typed")
	d.wait("Half typed")
	d.key('c', tea.ModCtrl)
	d.at("confirm")
	d.wait("not saved yet")
	d.tm.Type("n")
	d.at("organisation.name")
	d.key('c', tea.ModCtrl)
	d.at("confirm")
	d.tm.Type("s") // save, then quit
	m := d.final()
	if !m.Aborted() {
		t.Errorf("Aborted() = false, want true")
	}
	if got := d.read("answers.yaml"); !strings.Contains(got, "Half typed") {
		t.Errorf("answers file = %q, want the typed name saved", got)
	}
}

// TestWizardQuitWithoutSavingKeepsThePage: y ("quit") leaves the answers
// file as last saved and keeps the page's answers in a file of their own,
// which Discarded names; a second such quit takes the next free name.
func TestWizardQuitWithoutSavingKeepsThePage(t *testing.T) {
	var dir string
	for i, want := range []string{"answers.unsaved.yaml", "answers.unsaved-2.yaml"} {
		var p *strategy.Plan
		if i == 0 {
			p = strategy.New("en")
		} else {
			p = &strategy.Plan{Version: 1, Language: "en"}
		}
		opts := Options{}
		if dir != "" {
			opts.AnswersPath = filepath.Join(dir, "answers.yaml")
		}
		d := start(t, p, opts, 80, 24)
		if dir == "" {
			dir = d.dir
		}
		d.at("language")
		d.enter()
		d.at("organisation.name")
		d.tm.Type("Typed then quit")
		d.wait("Typed then quit")
		d.key('c', tea.ModCtrl)
		d.at("confirm")
		d.tm.Type("y")
		m := d.final()
		if got := m.Discarded(); got != filepath.Join(dir, want) {
			t.Fatalf("Discarded() = %q, want %q", got, filepath.Join(dir, want))
		}
		if got, _ := os.ReadFile(filepath.Join(dir, "answers.yaml")); strings.Contains(string(got), "Typed then quit") {
			t.Errorf("answers file = %q; the person chose not to save the name", got)
		}
		kept, err := os.ReadFile(m.Discarded())
		if err != nil {
			t.Fatal(err)
		}
		k, err := strategy.Decode(want, kept)
		if err != nil {
			t.Fatal(err)
		}
		if k.Organisation.Name != "Typed then quit" {
			t.Errorf("kept name = %q, want the typed one", k.Organisation.Name)
		}
	}
}

// TestWizardSaysWhereTheKeptPageIs: after a quit that kept the page
// aside, the next run in the same folder says once, in the person's
// language, which file holds it; the next key takes the line away.
func TestWizardSaysWhereTheKeptPageIs(t *testing.T) {
	d := start(t, strategy.New("nb"), Options{}, 100, 30)
	d.at("language")
	d.enter()
	d.at("organisation.name")
	d.tm.Type("Studentene er der")
	d.wait("Studentene er der")
	d.key('c', tea.ModCtrl)
	d.at("confirm")
	d.tm.Type("y")
	answers := filepath.Join(d.dir, "answers.yaml")
	if m := d.final(); m.Discarded() == "" {
		t.Fatal("nothing kept aside")
	}
	kept := strategy.NewestTagged(answers, "unsaved")
	if kept != filepath.Join(d.dir, "answers.unsaved.yaml") {
		t.Fatalf("NewestTagged = %q, want the file the quit kept", kept)
	}

	p, err := strategy.ParseDraft(answers, []byte(d.read("answers.yaml")))
	if err != nil {
		t.Fatal(err)
	}
	d2 := start(t, p, Options{AnswersPath: answers, Resume: true, KeptAside: kept}, 100, 30)
	d2.at("organisation.name")
	d2.wait("Siden du gikk ut av uten å lagre sist, ligger i", "answers.unsaved.yaml.")
	d2.tm.Type("x")
	d2.wait("x")
	if got := d2.last.Load().(string); strings.Contains(got, "uten å lagre sist") {
		t.Errorf("still said after a key:\n%s", got)
	}
	d2.key('c', tea.ModCtrl)
	d2.at("confirm")
	d2.tm.Type("n")
	d2.at("organisation.name")
	if got := d2.last.Load().(string); strings.Contains(got, "uten å lagre sist") {
		t.Errorf("said again:\n%s", got)
	}
	d2.tm.Quit()
}

func TestWizardSanitizesPaste(t *testing.T) {
	d := start(t, strategy.New("en"), Options{}, 80, 24)
	d.at("language")
	d.enter()
	d.at("organisation.name")
	d.tm.Send(tea.PasteMsg{Content: "Evil\x1b[31m\u202eCo\x07\r\x9b" + strings.Repeat("x", 1<<20)})
	d.wait("Evil[31mCo")
	d.enter()
	d.at("organisation.kind")
	screen := d.last.Load().(string)
	for _, bad := range []string{"\x1b", "\u202e", "\x07", "\r", "\x9b"} {
		if strings.Contains(screen, bad) {
			t.Errorf("screen contains %q", bad)
		}
	}
	d.key('c', tea.ModCtrl)
	d.at("confirm")
	d.tm.Type("s")
	d.final()
	p, err := strategy.Decode("answers.yaml", []byte(d.read("answers.yaml")))
	if err != nil {
		t.Fatal(err)
	}
	if name := p.Organisation.Name; !strings.HasPrefix(name, "Evil[31mCo") || len(name) > maxLine {
		t.Errorf("Organisation.Name = %.40q (%d bytes), want it clean and at most %d", name, len(name), maxLine)
	}
}

// TestWizardScreens keeps golden copies of key screens at a fixed size,
// colours off, and checks that no screen is larger than its terminal.
func TestWizardScreens(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {80, 24}, {120, 40}} {
		m := New(strategy.Example("en"), Options{AnswersPath: "plan.yaml"})
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, pg := range []page{{kind: pageWelcome}, {kind: pageChannels}, {pageChannelWhat, 0}, {kind: pageIncident}, {kind: pageReview}} {
			cmd := m.open(pg, "")
			if pg.kind == pageReview {
				m.Update(cmd()) // the rendered preview
			}
			screen := ansi.Strip(m.View().Content)
			lines := strings.Split(screen, "\n")
			if len(lines) > size[1] {
				t.Errorf("%dx%d page %v: %d lines, want at most %d", size[0], size[1], pg, len(lines), size[1])
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("%dx%d page %v: line %q is %d wide", size[0], size[1], pg, l, w)
				}
			}
			if size == [2]int{80, 24} {
				t.Run(pageName(pg), func(t *testing.T) { golden.RequireEqual(t, []byte(screen)) })
			}
		}
	}
}

func pageName(pg page) string {
	return [...]string{"welcome", "organisation", "presence", "no-presence", "channels", "channel-what",
		"channel-how", "voice", "responses", "incident", "listening", "review"}[pg.kind]
}

func TestWizardResize(t *testing.T) {
	d := start(t, strategy.Example("en"), Options{Resume: true}, 120, 40)
	d.wait("Step 9 of 9", "1. Welcome") // wide: the step list shows
	// The program's own size query may answer late with the old size, so
	// the new size is sent until it shows.
	deadline := time.Now().Add(5 * time.Second)
	for i := 0; strings.Contains(d.last.Load().(string), "1. Welcome"); i++ {
		if time.Now().After(deadline) {
			t.Fatal("the step list still shows at 60 columns")
		}
		if i%40 == 0 {
			d.tm.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
		}
		time.Sleep(5 * time.Millisecond)
	}
	if screen := d.wait("Step 9 of 9"); len(strings.Split(screen, "\n")) > 21 {
		t.Errorf("screen at 60x20 has %d lines:\n%s", len(strings.Split(screen, "\n"))-1, screen)
	}
	d.key('c', tea.ModCtrl)
	d.final()
}

// TestWizardBokmal runs the whole interview in Norwegian: choosing bokmål
// on the welcome page re-labels every page that follows.
func TestWizardBokmal(t *testing.T) {
	d := start(t, strategy.New("en"), Options{}, 100, 40)
	d.at("language")
	d.key(tea.KeyDown)
	d.wait("Språk / Language") // the welcome page speaks bokmål at once
	d.enter()
	d.wait("Hva heter dere?", "Steg 2 av 9")
	d.fill("organisation.name", "Solsiden Bakeri", "organisation.kind")
	d.enter() // the kind offered: business
	d.at("organisation.about")
	d.fill("organisation.about", "Bakeri og kafé i Trondheim", "organisation.audiences")
	d.fillLines("organisation.audiences", "Barnefamilier i nærområdet", "presence")
	d.wait("Ja: vi skal være til stede")
	d.enter()
	d.at("channels")
	d.tm.Type("x") // Facebook
	d.wait("✓ Facebook")
	d.enter()
	d.fill("channels.custom", "Nyhetsbrev", "channels[0].why")
	d.fill("channels[0].why", "", "channels[0].purposes")
	d.wait("Hva skal dere bruke Facebook til?", "Kundeservice og dialog")
	for range 5 {
		d.key(tea.KeyDown)
	}
	d.tm.Type("x")
	d.wait("✓ Kundeservice og dialog")
	d.enter()
	d.fill("channels[0].goal", "Svare på alle meldinger innen 4 timer fra mars 2027", "channels[0].baseline")
	d.fill("channels[0].baseline", "", "channels[0].measures")
	d.wait("svarandel", "svartid", "tilfredshet")
	d.key(tea.KeyDown)
	d.tm.Type("x")
	d.wait("✓ svartid")
	d.enter()
	d.at("channels[0].measures_other")
	d.enter()
	d.fill("channels[0].audience", "Naboer", "channels[0].owner")
	d.fill("channels[0].owner", "Åse", "channels[0].cadence")
	d.fill("channels[0].cadence", "daglig", "channels[0].tone")
	d.fill("channels[0].tone", "Vennlig og rask", "channels[1].why")
	d.fill("channels[1].why", "", "channels[1].purposes")
	d.wait("Nyhetsbrev: formål og mål")
	d.tm.Type("x")
	d.enter()
	d.fill("channels[1].goal", "500 abonnenter innen juni 2027", "channels[1].baseline")
	d.fill("channels[1].baseline", "", "channels[1].measures")
	for _, k := range []string{"channels[1].measures", "channels[1].measures_other", "channels[1].audience", "channels[1].owner", "channels[1].cadence", "channels[1].tone"} {
		d.at(k)
		d.enter()
	}
	d.fill("voice.tone", "Vennlig og enkelt språk", "voice.spokespeople")
	d.wait("Utpekte talspersoner")
	d.enter()
	d.fill("voice.spokespeople_names", "Åse, Øyvind", "voice.guidelines")
	d.fillLines("voice.guidelines", "Spør før du legger ut bilder av kunder", "responses.praise.approach")
	d.wait("Takk innen et døgn")
	for _, k := range []string{"responses.praise.approach", "responses.praise.response_time", "responses.praise.owner",
		"responses.criticism.approach", "responses.criticism.response_time", "responses.criticism.owner",
		"responses.criticism.escalation", "responses.incident.lead", "responses.incident.channels",
		"responses.incident.first_steps", "responses.incident.holding_statement", "responses.incident.update_interval",
		"responses.incident.afterwards", "listening.terms", "listening.frequency", "listening.owner", "review.cadence", "review.owner"} {
		d.at(k)
		if k == "responses.incident.first_steps" {
			d.wait("Stans planlagte innlegg")
			d.enter() // a new line after the offered steps; the empty line goes on
		}
		d.enter()
	}
	d.at("review")
	d.wait("Steg 9 av 9", "Skriv dokumentet", "ikke avklart ennå")
	d.key('s', tea.ModCtrl)
	if m := d.final(); !m.Finished() {
		t.Fatal("Finished() = false, want true")
	}
	p, err := strategy.Decode("answers.yaml", []byte(d.read("answers.yaml")))
	if err != nil {
		t.Fatal(err)
	}
	if p.Language != "nb" || p.Voice.SpokespeopleNames[1] != "Øyvind" {
		t.Errorf("saved plan: language %q, spokespeople %q; want nb and Øyvind", p.Language, p.Voice.SpokespeopleNames)
	}
	golden.RequireEqual(t, []byte(d.read("strategy.md")))
}

// TestEditorOff: with the editor off, ctrl+e in a text field must start
// nothing (huh would run $EDITOR); with it on, it starts the editor.
func TestEditorOff(t *testing.T) {
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", "true") // any program that is installed
	for _, editor := range []bool{false, true} {
		m := New(strategy.Example("en"), Options{Editor: editor})
		m.open(page{kind: pageOrganisation}, "organisation.about")
		if got := m.focused(); got != "organisation.about" {
			t.Fatalf("focused() = %q, want organisation.about", got)
		}
		_, cmd := m.Update(tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl})
		if started := runsProcess(cmd); started != editor {
			t.Errorf("Editor %v: ctrl+e runs a process = %v, want %v", editor, started, editor)
		}
	}
}

// TestJumpFocusesEveryField opens each point of the example plan from the
// review, as the review's list does, and checks the field gets focus.
func TestJumpFocusesEveryField(t *testing.T) {
	p := strategy.Example("en")
	m := New(p, Options{})
	for _, pt := range p.Points() {
		if strings.HasPrefix(pt.Path, "organisation.name") || pt.Path == "channels" {
			continue
		}
		m.jump(pt.Path)
		if got := m.focused(); got != pt.Path {
			t.Errorf("jump(%q): focused() = %q", pt.Path, got)
		}
	}
	m.jump("responses.incident") // a section, as the adviser may name
	if got := m.focused(); !strings.HasPrefix(got, "responses.incident") {
		t.Errorf("jump(responses.incident): focused() = %q", got)
	}
}

// TestPasteLineBreaks: terminals send a pasted text's lines with carriage
// returns; they must arrive as line breaks, not glue the lines together.
func TestPasteLineBreaks(t *testing.T) {
	p := strategy.New("en")
	m := New(p, Options{})
	m.open(page{kind: pageOrganisation}, "organisation.about")
	m.Update(tea.PasteMsg{Content: "Bakery\rand café\r\nin Trondheim"})
	if got, want := p.Organisation.About, "Bakery\nand café\nin Trondheim"; got != want {
		t.Errorf("About = %q, want %q", got, want)
	}
}

// runsProcess reports whether a command asks Bubble Tea to run a process.
func runsProcess(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			if runsProcess(c) {
				return true
			}
		}
	default:
		return reflect.TypeOf(msg) == reflect.TypeOf(tea.Exec(nil, nil)())
	}
	return false
}
