package tui

import (
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// The model-based test drives the real wizard with seeded random sequences
// of what a person does — type, paste, enter, go back, jump from the
// review, open an optional section from the review, tick and untick, switch presence, ctrl+e, resize, a full disk,
// quit and resume — and checks after every step that nothing typed is
// lost or lands in another answer. go test runs a short form; the long
// form is
//
//	go test ./tui -run TestModelNothingLost -model.sequences 3000
var (
	modelSequences = flag.Int("model.sequences", 25, "sequences the model-based test runs")
	modelSteps     = flag.Int("model.steps", 150, "actions in each sequence")
	modelSeed      = flag.Uint64("model.seed", 0, "run only this seed (0: model.sequences seeds from model.first)")
	modelFirst     = flag.Uint64("model.first", 1, "the first seed, so that a long run can be split over processes")
)

// act is one thing a person does; n chooses among its variants.
type act struct {
	kind string
	n    int
}

func (a act) String() string { return fmt.Sprintf("%s(%d)", a.kind, a.n) }

var acts = []struct {
	kind   string
	weight int
}{
	{"type", 20}, {"enter", 30}, {"esc", 3}, {"tab", 3}, {"shifttab", 2}, {"down", 6}, {"up", 2},
	{"toggle", 5}, {"pick", 10}, {"paste", 3}, {"editor", 4}, {"resize", 2}, {"quit", 2}, {"custom", 2},
	{"jump", 6}, {"finish", 1}, {"diskfull", 1}, {"diskok", 2}, {"lines", 2}, {"backto", 3},
	{"section", 4}, {"wait", 3},
}

func randomActs(seed uint64, n int) []act {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	total := 0
	for _, a := range acts {
		total += a.weight
	}
	out := make([]act, n)
	for i := range out {
		w := r.IntN(total)
		for _, a := range acts {
			if w -= a.weight; w < 0 {
				out[i] = act{a.kind, r.IntN(1000)}
				break
			}
		}
	}
	return out
}

// world is the wizard, the disk it saves to and what the person typed.
type world struct {
	m      *Model
	file   []byte // the answers file as last written
	doc    []byte
	full   bool // the disk refuses writes
	ended  bool // the program quit
	tokens int
	// where each token typed was typed: a location (see loc).
	typed map[string]string
	// tokens typed on the open page, not yet due in the file.
	onPage []string
	pg     page
	log    []string
}

var errDiskFull = errors.New("no space left on device")

func (w *world) write(name string, data []byte) error {
	if w.full {
		return errDiskFull
	}
	if name == "answers.yaml" {
		w.file = slices.Clone(data)
	} else {
		w.doc = slices.Clone(data) // the document, in any of its formats
	}
	return nil
}

func (w *world) start(p *strategy.Plan, resume bool) {
	w.m = New(p, Options{AnswersPath: "answers.yaml", OutputPath: "strategy.md", Editor: true, Resume: resume, WriteFile: w.write})
	w.m.editor = w.fakeEditor
	w.ended = false
	w.exec(w.m.Init())
	w.send(tea.WindowSizeMsg{Width: 100, Height: 40})
	w.pg = w.m.pg
}

// fakeEditor appends a new token to the text, as a person in an editor would.
func (w *world) fakeEditor(s *spec, value string) tea.Cmd {
	tok := w.token()
	w.typed[tok] = w.loc(s.key)
	w.onPage = append(w.onPage, tok)
	key, set := s.key, s.set
	return func() tea.Msg { return editedMsg{key: key, set: set, text: value + " " + tok + "\n"} }
}

func (w *world) token() string {
	w.tokens++
	return fmt.Sprintf("q%dq", w.tokens)
}

// loc names where an answer lives, the same however channels are
// reordered or set aside: "organisation.about", "channel:instagram.goal".
func (w *world) loc(key string) string {
	var i int
	var f string
	if n, _ := fmt.Sscanf(key, "channels[%d].%s", &i, &f); n == 2 {
		if f == "measures_other" {
			f = "measures"
		}
		return "channel:" + strings.ToLower(w.m.a.plan.Channels[i].ID) + "." + f
	}
	return key
}

// send gives the wizard a message and runs every command that follows
// from it, as the program would, leaving out those that wait for a timer
// (the cursor's blink): in the synctest bubble they stay blocked.
func (w *world) send(msg tea.Msg) {
	queue := []tea.Msg{msg}
	for len(queue) > 0 && !w.ended {
		msg := queue[0]
		queue = queue[1:]
		if _, ok := msg.(tea.QuitMsg); ok {
			w.ended = true
			return
		}
		_, cmd := w.m.Update(msg)
		queue = append(queue, w.exec(cmd)...)
	}
	w.m.View()
}

func (w *world) exec(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	got := make(chan tea.Msg, 1)
	go func() { got <- cmd() }()
	synctest.Wait()
	var msg tea.Msg
	select {
	case msg = <-got:
	default:
		return nil // waits for a timer
	}
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg // a batch or a sequence
		for i := range v.Len() {
			out = append(out, w.exec(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

func kp(code rune, mod tea.KeyMod) tea.KeyPressMsg { return tea.KeyPressMsg{Code: code, Mod: mod} }

// do performs one act.
func (w *world) do(a act) {
	m := w.m
	s := m.focusedSpec()
	typing := s != nil && s.kind != kindChoice && s.kind != kindChoices && s.key != "channels.custom"
	switch a.kind {
	case "type", "paste", "lines":
		if !typing || m.confirm {
			return
		}
		tok := w.token()
		w.typed[tok] = w.loc(s.key)
		w.onPage = append(w.onPage, tok)
		// Type at the end: a token typed into the middle of another would
		// be the person editing their own text, which the check cannot
		// tell from a loss.
		w.send(kp(tea.KeyEnd, tea.ModCtrl))
		w.send(kp(tea.KeyEnd, 0))
		switch a.kind {
		case "paste":
			w.send(tea.PasteMsg{Content: " " + tok + " "})
		case "lines":
			if s.kind == kindLines || s.kind == kindText {
				w.send(kp('j', tea.ModCtrl))
			} else {
				w.send(tea.KeyPressMsg{Code: ',', Text: ","})
			}
			fallthrough
		default:
			for _, r := range " " + tok {
				w.send(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
	case "enter":
		w.send(kp(tea.KeyEnter, 0))
	case "wait":
		// The person reads: the wizard's timer to build the next page
		// fires (see prepare).
		w.send(PrepareMsg{})
	case "esc":
		w.send(kp(tea.KeyEscape, 0))
	case "backto":
		// Back several pages, as to change the presence or the channels.
		stop := []pageKind{pagePresence, pageChannels}[a.n%2]
		for range 1 + a.n%12 {
			if w.m.pg.kind == stop || w.m.pg.kind == pagePresence {
				break
			}
			w.send(kp(tea.KeyEscape, 0))
		}
	case "tab":
		w.send(kp(tea.KeyTab, 0))
	case "shifttab":
		w.send(kp(tea.KeyTab, tea.ModShift))
	case "down":
		w.send(kp(tea.KeyDown, 0))
	case "up":
		w.send(kp(tea.KeyUp, 0))
	case "toggle":
		if s != nil && s.kind == kindChoices {
			w.send(tea.KeyPressMsg{Code: 'x', Text: "x"})
		}
	case "pick":
		// Choose an option further down: a channel, a purpose, presence.
		if s != nil && (s.kind == kindChoices || s.kind == kindChoice) {
			for range a.n % 4 {
				w.send(kp(tea.KeyDown, 0))
			}
			if s.kind == kindChoices {
				w.send(tea.KeyPressMsg{Code: 'x', Text: "x"})
			}
		}
	case "editor":
		if s != nil && s.kind.multiline() {
			w.send(kp('e', tea.ModCtrl))
		}
	case "resize":
		w.send(tea.WindowSizeMsg{Width: 60 + a.n%80, Height: 20 + a.n%30})
	case "custom":
		if s != nil && s.key == "channels.custom" {
			name := []string{"Newsletter", "newsletter", "Discord", "instagram"}[a.n%4]
			for _, r := range ", " + name {
				w.send(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
	case "jump":
		if m.form == nil && !m.confirm {
			for range a.n % 12 {
				w.send(kp(tea.KeyDown, 0))
			}
			w.send(kp(tea.KeyEnter, 0))
		}
	case "section":
		// Open an optional section from the review: added or offered.
		if m.form != nil || m.confirm {
			return
		}
		var at []int
		for i, it := range m.review.items {
			if it.pg.kind == pageSection && it.path == "" {
				at = append(at, i)
			}
		}
		if len(at) == 0 {
			return
		}
		want := at[a.n%len(at)]
		if m.review.preview {
			w.send(kp(tea.KeyTab, 0)) // keys move in the list again
		}
		for range len(m.review.items) {
			switch {
			case m.review.cursor < want:
				w.send(kp(tea.KeyDown, 0))
			case m.review.cursor > want:
				w.send(kp(tea.KeyUp, 0))
			}
		}
		if m.review.cursor != want {
			panic(fmt.Sprintf("the review's cursor stops at %d on the way to the section at %d", m.review.cursor, want))
		}
		w.send(kp(tea.KeyEnter, 0))
		if w.m.pg.kind != pageSection {
			panic(fmt.Sprintf("enter on the section %q opened page %v", m.review.items[want].label, w.m.pg))
		}
	case "finish":
		if m.form == nil && !m.confirm {
			w.send(kp('s', tea.ModCtrl))
		}
	case "diskfull":
		w.full = true
	case "diskok":
		w.full = false
	case "quit":
		w.send(kp('c', tea.ModCtrl))
		if m.confirm {
			if a.n%5 == 0 {
				// The person confirms leaving this page's answers unsaved
				// (or, after a failed save, all since the last save): those
				// may go, and nothing else.
				failed := m.saveErr != nil
				w.send(tea.KeyPressMsg{Code: 'y', Text: "y"})
				if w.ended {
					for _, tok := range w.onPage {
						delete(w.typed, tok)
					}
					w.onPage = nil
					if failed {
						saved := w.saved()
						for tok, at := range w.typed {
							if !slices.Contains(saved[tok], at) {
								delete(w.typed, tok)
							}
						}
					}
				}
			} else {
				w.send(tea.KeyPressMsg{Code: 's', Text: "s"})
			}
		}
	}
	if w.ended {
		// Resume from the disk, as `socialstrategy edit` does.
		p, err := strategy.ParseDraft("answers.yaml", w.file)
		if w.file == nil {
			p, err = strategy.New("en"), nil
		}
		if err != nil {
			panic(fmt.Sprintf("the saved answers do not load: %v\n%s", err, w.file))
		}
		w.onPage = nil
		w.start(p, w.file != nil)
	}
	if w.m.pg != w.pg || w.m.form == nil {
		w.onPage, w.pg = nil, w.m.pg
	}
}

var tokenRE = regexp.MustCompile(`q\d+q`)

// offered are the answers the wizard offers from another as a default:
// the listening page offers to listen for the organisation's name.
var offered = map[string]bool{"organisation.name > listening.terms": true}

// check is the invariant: every token is found only where it was typed,
// in the wizard's plan and (once its page was left, and while the disk
// takes writes) in the answers file, kept or set aside.
func (w *world) check() error {
	if d := unlikeHuh(w.m); d != "" {
		return fmt.Errorf("the page is drawn unlike huh draws it: %s", d)
	}
	inPlan := places(w.m.a.plan)
	for tok, at := range inPlan {
		want, ok := w.typed[tok]
		if !ok {
			continue // typed, then discarded by a confirmed quit
		}
		for _, l := range at {
			if l != want && !offered[want+" > "+l] {
				return fmt.Errorf("%s typed into %s is in %s", tok, want, l)
			}
		}
	}
	if _, err := strategy.ParseDraft("answers.yaml", w.file); w.file != nil && err != nil {
		return fmt.Errorf("the answers file does not load: %v", err)
	}
	saved := w.saved()
	for tok, want := range w.typed {
		if len(inPlan[tok]) == 0 && !slices.Contains(w.onPage, tok) {
			return fmt.Errorf("%s typed into %s is not in the wizard's plan", tok, want)
		}
		if slices.Contains(w.onPage, tok) || w.m.saveErr != nil || w.full {
			continue
		}
		if !slices.Contains(saved[tok], want) {
			return fmt.Errorf("%s typed into %s is not in the answers file (found in %v)", tok, want, saved[tok])
		}
	}
	return nil
}

// saved finds every token in the answers file, with where it is.
func (w *world) saved() map[string][]string {
	p, err := strategy.ParseDraft("answers.yaml", w.file)
	if w.file == nil || err != nil {
		return nil
	}
	restore(p)
	return places(p)
}

// places finds every token in a plan, set-aside answers included, with
// the location of the answer holding it.
func places(p *strategy.Plan) map[string][]string {
	out := map[string][]string{}
	add := func(loc string, vals ...string) {
		for _, v := range vals {
			for _, tok := range tokenRE.FindAllString(v, -1) {
				out[tok] = append(out[tok], loc)
			}
		}
	}
	s := p.SetAside
	add("organisation.name", p.Organisation.Name)
	add("organisation.about", p.Organisation.About)
	add("organisation.audiences", p.AudienceNames()...)
	add("no_presence_reason", p.NoPresenceReason, s.NoPresenceReason)
	for _, c := range slices.Concat(p.Channels, s.Channels, s.Unticked) {
		ch := "channel:" + strings.ToLower(c.ID) + "."
		add(ch+"why", c.Why)
		add(ch+"account", c.Account)
		add(ch+"goal", c.Goal)
		add(ch+"baseline", c.Baseline)
		add(ch+"themes", c.Themes...)
		add(ch+"deputy", c.Deputy)
		add(ch+"checked", c.Checked)
		add(ch+"measures", c.Measures...)
		add(ch+"audience", c.Audience)
		add(ch+"owner", c.Owner)
		add(ch+"cadence", c.Cadence)
		add(ch+"tone", c.Tone)
	}
	for _, v := range []strategy.Voice{p.Voice, s.Voice} {
		add("voice.tone", v.Tone)
		add("voice.spokespeople_names", v.SpokespeopleNames...)
		add("voice.guidelines", v.Guidelines...)
	}
	for _, r := range []strategy.Responses{p.Responses, s.Responses} {
		add("responses.praise.approach", r.Praise.Approach)
		add("responses.praise.response_time", r.Praise.ResponseTime)
		add("responses.praise.owner", r.Praise.Owner)
		add("responses.criticism.approach", r.Criticism.Approach)
		add("responses.criticism.response_time", r.Criticism.ResponseTime)
		add("responses.criticism.owner", r.Criticism.Owner)
		add("responses.criticism.escalation", r.Criticism.Escalation)
		add("responses.incident.lead", r.Incident.Lead)
		add("responses.incident.holding_statement", r.Incident.HoldingStatement)
		add("responses.incident.first_steps", r.Incident.FirstSteps...)
		add("responses.incident.update_interval", r.Incident.UpdateInterval)
		add("responses.incident.afterwards", r.Incident.Afterwards)
	}
	for _, l := range []strategy.Listening{p.Listening, s.Listening} {
		add("listening.terms", l.Terms...)
		add("listening.frequency", l.Frequency)
		add("listening.owner", l.Owner)
	}
	add("review.cadence", p.Review.Cadence)
	add("review.owner", p.Review.Owner)
	// The optional sections' answers, from the catalogue: each at its key.
	for _, q := range strategy.Questions {
		if _, ok := strategy.SectionOf(q.Page); !ok || q.PerChannel() {
			continue
		}
		switch v := q.Field(p, 0).(type) {
		case *string:
			add(q.Key, *v)
		case *[]string:
			add(q.Key, *v...)
		case *[]strategy.Declined:
			for _, d := range *v {
				add(q.Key, d.ID, d.Reason)
			}
		}
	}
	add("voice.private_use", s.Voice.PrivateUse...)
	add("instead", s.Instead...)
	add("revisit_triggers", s.RevisitTriggers...)
	return out
}

// visits counts the acts done on each kind of page, to show in the log
// that the sequences reach every page.
var visits = map[pageKind]int{}

// runActs plays a sequence from a new plan and returns the first broken
// invariant, with the step it broke at.
func runActs(t *testing.T, as []act) (step int, err error) {
	synctest.Test(t, func(t *testing.T) {
		w := &world{typed: map[string]string{}}
		// Let the timers left waiting fire, in the bubble's fake time, so
		// their goroutines end with the test.
		defer time.Sleep(time.Hour)
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("panic: %v", r)
			}
		}()
		w.start(strategy.New("en"), false)
		for i, a := range as {
			w.do(a)
			visits[w.m.pg.kind]++
			if err = w.check(); err != nil {
				step = i
				return
			}
		}
	})
	return step, err
}

// shrink removes acts while the sequence still fails, for the shortest
// sequence found that shows the fault.
func shrink(t *testing.T, as []act) []act {
	for changed := true; changed; {
		changed = false
		for i := 0; i < len(as); i++ {
			try := slices.Delete(slices.Clone(as), i, i+1)
			if _, err := runActs(t, try); err != nil {
				as, changed = try, true
				i--
			}
		}
	}
	return as
}

func TestModelNothingLost(t *testing.T) {
	seeds := make([]uint64, 0, *modelSequences)
	for s := range uint64(*modelSequences) {
		seeds = append(seeds, s+*modelFirst)
	}
	if *modelSeed != 0 {
		seeds = []uint64{*modelSeed}
	}
	steps := 0
	for _, seed := range seeds {
		as := randomActs(seed, *modelSteps)
		at, err := runActs(t, as)
		if err == nil {
			steps += len(as)
			continue
		}
		short := shrink(t, as[:at+1])
		_, serr := runActs(t, short)
		t.Fatalf("seed %d: after %d steps: %v\nshortest sequence found (%d acts): %v\nit fails with: %v",
			seed, at+1, err, len(short), short, serr)
	}
	t.Logf("%d sequences, %d acts, every invariant held; acts by page kind: %v", len(seeds), steps, visits)
}
