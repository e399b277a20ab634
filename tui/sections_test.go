package tui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// quickPlan is a language's example as the quick path leaves it: every
// optional section empty.
func quickPlan(lang string) *strategy.Plan {
	p := strategy.Example(lang)
	for _, presence := range []string{strategy.PresenceActive, strategy.PresenceNone} {
		probe := *p
		probe.Presence = presence
		for _, s := range probe.Sections() {
			for _, q := range s.Questions(&probe) {
				switch v := q.Field(p, 0).(type) {
				case *string:
					*v = ""
				case *[]string:
					*v = nil
				case *[]strategy.Declined:
					*v = nil
				}
			}
		}
	}
	return p
}

// sectionItem is the review's item for the section on the catalogue page.
func sectionItem(m *Model, pg strategy.Page) (int, reviewItem) {
	want, _ := sectionPage(pg)
	for i, it := range m.review.items {
		if it.pg == want && it.path == "" {
			return i, it
		}
	}
	return -1, reviewItem{}
}

func TestReviewOffersSections(t *testing.T) {
	// A plan of the quick path is offered every section its presence has,
	// under "Add to your strategy"; once answered a section is listed with
	// the steps, to change; the adviser does not repeat the offer.
	m := New(quickPlan("en"), Options{})
	m.open(page{kind: pageReview}, "")
	for _, s := range m.a.plan.Sections() {
		i, it := sectionItem(m, s.Page)
		if i < 0 || it.label != "+ "+s.Name.En {
			t.Errorf("section %s: item %d %q, want %q", s.Page, i, it.label, "+ "+s.Name.En)
		}
	}
	if _, it := sectionItem(m, strategy.PageStayAway); it.label != "" {
		t.Errorf("an active plan is offered %q", it.label)
	}
	for _, it := range m.review.items {
		if strings.Contains(it.label, "not answered yet") && it.pg.kind == pageSection {
			t.Errorf("the adviser repeats an offered section: %q", it.label)
		}
	}
	m.a.plan.Content.Themes = []string{"Bread"}
	m.open(page{kind: pageReview}, "")
	i, it := sectionItem(m, strategy.PageContent)
	step := slices.IndexFunc(m.review.items, func(it reviewItem) bool { return it.label == "↩ Listening and review" })
	if it.label != "↩ Content" || i < step {
		t.Errorf("answered content: item %d %q, want ↩ Content after the steps (%d)", i, it.label, step)
	}

	none := quickPlan("nn")
	none.Presence = strategy.PresenceNone
	none.NoPresenceReason = "Gjestene finn oss utan sosiale medium."
	m = New(none, Options{})
	m.open(page{kind: pageReview}, "")
	var got []string
	for _, it := range m.review.items {
		if strings.HasPrefix(it.label, "+ ") {
			got = append(got, it.label)
		}
	}
	if want := []string{"+ Privat bruk av sosiale medium", "+ I staden for sosiale medium", "+ Dokumentdetaljar"}; !slices.Equal(got, want) {
		t.Errorf("a nynorsk plan without presence is offered %q, want %q", got, want)
	}
}

func TestSectionSuggestionsOffered(t *testing.T) {
	// A section page offers its kind's defaults pre-filled; leaving it
	// with esc writes none of them but keeps what was typed; passing it
	// with enter keeps them.
	p := quickPlan("en")
	p.Organisation.Kind = strategy.KindClub
	m := New(p, Options{})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	run(m, m.open(page{kind: pageReview}, ""))
	gov, _ := sectionPage(strategy.PageGovernance)
	run(m, m.open(gov, "governance.approval"))
	screen := ansi.Strip(m.View().Content)
	for _, want := range []string{"Governance and security", "Who approves what before it is posted?",
		"Two-factor login on every account", "Photos of children under 15 only with their parents' consent"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the governance page does not show %q:\n%s", want, screen)
		}
	}
	for _, r := range "The board" {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	run(m, cmd)
	if m.pg.kind != pageReview {
		t.Fatalf("esc on a section page opened %v, want the review", m.pg)
	}
	g := p.Governance
	if g.Approval != "The board" || g.Security != nil || g.Legal != nil || g.Training != "" {
		t.Errorf("after esc: %+v; want the approval typed and no suggestion", g)
	}
	run(m, m.open(gov, ""))
	for range 20 {
		if m.pg.kind != pageSection {
			break
		}
		_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
		run(m, cmd)
	}
	g = p.Governance
	if m.pg.kind != pageReview || g.Approval != "The board" || len(g.Security) != 3 || !slices.Contains(g.Legal, "Photos of children under 15 only with their parents' consent") {
		t.Errorf("after passing the page on %v: %+v; want the suggestions kept", m.pg, g)
	}
}

func TestSectionClearedNotOfferedAgain(t *testing.T) {
	// A suggestion the person cleared and passed the page without is not
	// offered again on the next visit.
	p := quickPlan("en")
	a := newAnswers(p)
	rep, _ := sectionPage(strategy.PageReporting)
	a.fields(rep)
	*a.sec.vals["reporting.cadence"].(*string) = ""
	a.applySection(true)
	a.sec = nil
	if p.Reporting.Cadence != "" {
		t.Fatalf("cadence = %q, want it cleared", p.Reporting.Cadence)
	}
	a.fields(rep)
	if got := *a.sec.vals["reporting.cadence"].(*string); got != "" {
		t.Errorf("the cleared cadence is offered again as %q", got)
	}
}

func TestDeclinedAccessor(t *testing.T) {
	tests := []struct {
		in   string
		want []strategy.Declined
	}{
		{"TikTok: no time for video", []strategy.Declined{{ID: "tiktok", Reason: "no time for video"}}},
		{"Blogg: for tungvint\nX (Twitter)", []strategy.Declined{{ID: "blog", Reason: "for tungvint"}, {ID: "x"}}},
		{"Discord: time: none\n\n", []strategy.Declined{{ID: "Discord", Reason: "time: none"}}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []strategy.Declined
		acc := declinedAccessor{p: &got, lang: "nb"}
		acc.Set(tt.in)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Set(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
		again := slices.Clone(got)
		declinedAccessor{p: &again, lang: "nb"}.Set(acc.Get())
		if !slices.Equal(again, got) {
			t.Errorf("Set(Get()) after %q = %+v, want %+v", tt.in, again, got)
		}
	}
}

func TestDeclinedUsedChannelRefused(t *testing.T) {
	// A channel both used and declined is refused on the page: the
	// answers file may not hold it twice.
	p := quickPlan("en")
	a := newAnswers(p)
	content, _ := sectionPage(strategy.PageContent)
	a.fields(content)
	s := a.spec("declined_channels")
	s.set("Instagram: we are there after all")
	if err := s.validate(""); err == nil || !strings.Contains(err.Error(), "Instagram is one of your channels") {
		t.Errorf("declining a used channel: %v", err)
	}
	s.set("TikTok: no time for video")
	if err := s.validate(""); err != nil {
		t.Errorf("declining an unused channel: %v", err)
	}
}

func TestSectionScreens(t *testing.T) {
	// A section page as a person sees it at 80x24, in every language:
	// review changes like code; regenerate with -update.
	for _, lang := range strategy.Languages {
		p := quickPlan(lang)
		m := New(p, Options{AnswersPath: "plan.yaml"})
		m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		for _, sp := range []strategy.Page{strategy.PageGovernance, strategy.PageContent} {
			pg, _ := sectionPage(sp)
			settle(m, m.open(pg, ""))
			s := screen(t, m, 80, 24)
			if lang == strategy.LangNynorsk {
				if b := bokmalWords(s); b != nil {
					t.Errorf("nynorsk %s page shows the bokmål words %q:\n%s", sp, b, s)
				}
			}
			t.Run(fmt.Sprintf("%s_%s", lang, sp), func(t *testing.T) { golden.RequireEqual(t, []byte(s)) })
		}
		settle(m, m.open(page{kind: pageReview}, ""))
		s := screen(t, m, 80, 24)
		if lang == strategy.LangNynorsk {
			if b := bokmalWords(s); b != nil {
				t.Errorf("nynorsk review shows the bokmål words %q:\n%s", b, s)
			}
		}
		t.Run(lang+"_review", func(t *testing.T) { golden.RequireEqual(t, []byte(s)) })
	}
}

// gone waits until the frame no longer shows s.
func (d *driver) gone(s string) {
	d.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for strings.Contains(d.last.Load().(string), s) {
		if time.Now().After(deadline) {
			d.t.Fatalf("the screen still shows %q:\n%s", s, d.last.Load().(string))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// choose moves the review's cursor to the item labelled label and
// opens it.
func (d *driver) choose(label string) {
	d.t.Helper()
	d.at("review")
	// The selected item's line: a key is sent only once the one before
	// it has moved the cursor, so the enter opens what the screen shows.
	selected := func() string {
		for _, l := range strings.Split(d.last.Load().(string), "\n") {
			if i := strings.Index(l, "› "); i >= 0 {
				return strings.TrimSpace(l[i:])
			}
		}
		return ""
	}
	for range 60 {
		before := selected()
		if strings.HasPrefix(before, "› "+label) {
			d.enter()
			return
		}
		d.key(tea.KeyDown)
		deadline := time.Now().Add(2 * time.Second)
		for selected() == before && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
	}
	d.t.Fatalf("the review has no item %q:\n%s", label, d.last.Load().(string))
}

// TestWizardAddsEachSection runs the real wizard from the review of a
// plan of the quick path, adds every optional section in turn (typing an
// answer into each field and passing the page), and writes the document:
// each answer lands at its key in the saved answers, and the document has
// every section.
func TestWizardAddsEachSection(t *testing.T) {
	p := quickPlan("en")
	d := start(t, p, Options{Resume: true}, 100, 40)
	d.wait("Add to your strategy")
	typed := map[string]string{}
	for _, s := range p.Sections() {
		d.choose("+ " + s.Name.En)
		d.wait(s.Name.En)
		for _, it := range s.Items(p) {
			key := it.Path() // channels[0].deputy for a channel's question
			d.at(key)
			answer := fmt.Sprintf("ans%d", len(typed))
			if key == "declined_channels" {
				answer = "TikTok: no time for video"
			}
			typed[key] = answer
			d.key(tea.KeyEnd, tea.ModCtrl) // after what is offered
			d.tm.Type(" " + answer)
			d.wait(answer)
			d.enter()
			if it.Kind == strategy.Lines {
				d.wait("[at:" + key + "]")
				d.enter() // the empty line after it goes on
			}
		}
		d.at("review")
		d.gone("+ " + s.Name.En)
	}
	d.key('s', tea.ModCtrl)
	if m := d.final(); !m.Finished() {
		t.Fatal("Finished() = false, want true")
	}
	saved, err := strategy.Parse("answers.yaml", []byte(d.read("answers.yaml")))
	if err != nil {
		t.Fatalf("the saved answers do not load: %v", err)
	}
	for key, answer := range typed {
		q, ch, _ := strategy.QuestionFor(key)
		var got string
		switch v := q.Field(saved, max(ch, 0)).(type) {
		case *string:
			got = *v
		case *[]string:
			got = strings.Join(*v, "\n")
		case *[]strategy.Declined:
			for _, x := range *v {
				got += strategy.ChannelName(x.ID) + ": " + x.Reason
			}
		}
		if !strings.HasSuffix(got, answer) {
			t.Errorf("%s saved as %q, want it to end in %q", key, got, answer)
		}
	}
	if saved.Governance.Security[0] != "Two-factor login on every account" {
		t.Errorf("the security offered and passed is not kept: %q", saved.Governance.Security)
	}
	doc := d.read("strategy.md")
	for _, h := range []string{"### What this strategy serves", "## Channels we chose not to use", "## Content", "## Team and resources",
		"## Governance", "### House rules", "**Who to call, in this order:**", "## Reporting", "| Version | Date |"} {
		if !strings.Contains(doc, h) {
			t.Errorf("the document lacks %q", h)
		}
	}
}

// TestWizardSectionEscKeepsTyped: typing on a section page and going back
// with esc keeps the answer typed, in the saved file, and leaves what was
// offered out of it.
func TestWizardSectionEscKeepsTyped(t *testing.T) {
	d := start(t, quickPlan("nb"), Options{Resume: true}, 100, 40)
	d.choose("+ Moderering og husregler")
	d.at("responses.hours")
	d.tm.Type("Hverdager 08-16")
	d.wait("Hverdager 08-16")
	d.key(tea.KeyEscape)
	d.at("review")
	d.gone("+ Moderering og husregler")
	d.key('c', tea.ModCtrl)
	d.final()
	saved, err := strategy.ParseDraft("answers.yaml", []byte(d.read("answers.yaml")))
	if err != nil {
		t.Fatal(err)
	}
	if saved.Responses.Hours != "Hverdager 08-16" || saved.Responses.Moderation != "" {
		t.Errorf("hours %q, moderation %q; want the hours typed and no house rules offered", saved.Responses.Hours, saved.Responses.Moderation)
	}
}

func TestAccessibleAddsSection(t *testing.T) {
	// Piped answers: after the quick path, each open section is offered;
	// y takes one, whose questions follow with the suggestions in
	// brackets (an empty line keeps one); the end of the input declines
	// the rest, and the document is written.
	dir := t.TempDir()
	answers, out := filepath.Join(dir, "plan.yaml"), filepath.Join(dir, "strategy.md")
	p := quickPlan("en")
	in := strings.Join([]string{
		"n",                               // objectives
		"y",                               // content
		"TikTok: no time for video",       // declined
		"Events; Behind the scenes",       // themes
		"",                                // off limits: keep the suggestion
		"-",                               // planning: none
		"",                                // Instagram's themes: keep
		"",                                // Facebook's themes: keep
		"",                                // team and resources
		"yes",                             // governance
		"",                                // private use: keep the suggestions
		"Kari posts; campaigns go to Ola", // approval
		"",                                // security: keep
		"",                                // accessibility: keep
		"-",                               // legal: none
		"",                                // training: keep
		// The input ends: the sections after it are not added.
	}, "\n") + "\n"
	var b strings.Builder
	err := RunAccessible(p, Options{AnswersPath: answers, OutputPath: out, Resume: true}, strings.NewReader(in), &b, nil)
	if err != nil {
		t.Fatalf("RunAccessible: %v\n%s", err, b.String())
	}
	said := b.String()
	for _, want := range []string{"Objectives: The organisation's own goals that social media serves.\nAdd it to your strategy? [y/N]",
		"What do you post about?", "[Other people's personal information; Party politics]", "Governance and security"} {
		if !strings.Contains(said, want) {
			t.Errorf("accessible mode did not say %q:\n%s", want, said)
		}
	}
	saved, err := strategy.ParseDraft("plan.yaml", must(os.ReadFile(answers)))
	if err != nil {
		t.Fatal(err)
	}
	c := saved.Content
	if !slices.Equal(c.Themes, []string{"Events", "Behind the scenes"}) || !slices.Equal(c.OffLimits, []string{"Other people's personal information", "Party politics"}) || c.Planning != "" {
		t.Errorf("content saved as %+v", c)
	}
	if len(saved.DeclinedChannels) != 1 || saved.DeclinedChannels[0].ID != "tiktok" || saved.Resources.HoursPerWeek != "" {
		t.Errorf("declined %+v, resources %+v", saved.DeclinedChannels, saved.Resources)
	}
	g := saved.Governance
	if g.Approval != "Kari posts; campaigns go to Ola" || len(g.Security) != 3 || g.Legal != nil || g.Training == "" || len(saved.Voice.PrivateUse) != 3 {
		t.Errorf("governance saved as %+v, private use %q", g, saved.Voice.PrivateUse)
	}
	if saved.Reporting != (strategy.Reporting{}) {
		t.Errorf("reporting, after the input ended, saved as %+v", saved.Reporting)
	}
	doc := string(must(os.ReadFile(out)))
	if !regexp.MustCompile(`(?s)## Content.*- Events\n- Behind the scenes`).MatchString(doc) {
		t.Errorf("the document has no content section:\n%s", doc)
	}
}

func TestAccessibleInputEndsInSection(t *testing.T) {
	// Input that ends among a section's questions ends the run as it does
	// on the quick path: the answers given are saved, the suggestions not
	// reached are not.
	answers := filepath.Join(t.TempDir(), "plan.yaml")
	p := quickPlan("en")
	in := "n\nn\nn\ny\n\nKari posts\n"
	var b strings.Builder
	err := RunAccessible(p, Options{AnswersPath: answers, Resume: true}, strings.NewReader(in), &b, nil)
	if !errors.Is(err, ErrInputEnded) {
		t.Fatalf("RunAccessible = %v, want ErrInputEnded\n%s", err, b.String())
	}
	saved, err := strategy.ParseDraft("plan.yaml", must(os.ReadFile(answers)))
	if err != nil {
		t.Fatal(err)
	}
	if g := saved.Governance; g.Approval != "Kari posts" || g.Security != nil || len(saved.Voice.PrivateUse) != 3 {
		t.Errorf("governance saved as %+v, private use %q; want the approval and the private use kept, no security", g, saved.Voice.PrivateUse)
	}
}

func TestDeclinedUsedChannelKept(t *testing.T) {
	// A used channel typed as declined and left with esc is kept, aside,
	// in an answers file that loads; opening it again shows it where it
	// was typed, and the document and validate see a plan without it.
	d := start(t, quickPlan("en"), Options{Resume: true}, 100, 40)
	d.choose("+ Content")
	d.at("declined_channels")
	d.tm.Type("Instagram: too much work")
	d.wait("Instagram: too much work")
	d.enter() // a new line
	d.enter() // go on: refused
	d.wait("Instagram is one of your channels")
	d.key(tea.KeyEscape)
	d.at("review")
	d.key('c', tea.ModCtrl)
	d.final()
	data := []byte(d.read("answers.yaml"))
	saved, err := strategy.ParseDraft("answers.yaml", data)
	if err != nil {
		t.Fatalf("the answers file does not load: %v", err)
	}
	if len(saved.DeclinedChannels) != 0 || len(saved.SetAside.Declined) != 1 || saved.SetAside.Declined[0].Reason != "too much work" {
		t.Errorf("declined %+v, set aside %+v; want Instagram aside", saved.DeclinedChannels, saved.SetAside.Declined)
	}
	m := New(saved, Options{})
	content, _ := sectionPage(strategy.PageContent)
	m.open(content, "")
	if got := m.a.spec("declined_channels").get(); got != "Instagram: too much work" {
		t.Errorf("reopened, the field holds %q", got)
	}
}
