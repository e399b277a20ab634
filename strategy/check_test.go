package strategy

import (
	"reflect"
	"slices"
	"testing"
)

// The example is the model plan: the adviser must have nothing to say
// about it. If a rule flags it, either the rule or the example is wrong.
func TestCheckExample(t *testing.T) {
	for _, lang := range Languages {
		if got := Example(lang).Check(); len(got) != 0 {
			t.Errorf("Example(%q).Check() = %q, want no findings", lang, findingKeys(got))
			for _, f := range got {
				t.Logf("%s: %s", f.Rule, f.Message.In(lang))
			}
		}
	}
}

// requiredOnly is an answers file with only the fields validation demands.
const requiredOnly = `version: 1
language: en
organisation:
  name: Fjordtind Sykkel AS
presence: active
channels:
  - id: instagram
`

// A plan with only the required fields has every gap the adviser knows of
// for an active plan, in rule order.
func TestCheckRequiredOnly(t *testing.T) {
	p, err := Parse("required.yaml", []byte(requiredOnly))
	if err != nil {
		t.Fatalf("Parse(requiredOnly) error = %v", err)
	}
	want := []string{
		"gap channels[0].goal",                     // goal-measurable
		"gap channels[0].measures",                 // measures-fit-purposes
		"gap channels[0].owner",                    // channel-owner
		"gap voice.spokespeople",                   // spokespeople-named
		"tip voice.guidelines",                     // guidelines-for-everyone: a gap only when everyone speaks
		"gap responses.criticism.response_time",    // criticism-response-time
		"gap responses.criticism.escalation",       // criticism-escalation
		"gap responses.incident.lead",              // incident-lead
		"gap responses.incident.channels",          // incident-channels
		"gap responses.incident.holding_statement", // holding-statement
		"gap responses.incident.update_interval",   // incident-interval
		"weak responses.incident",                  // incident-aftermath
		"gap listening.terms",                      // listening-terms
		"gap review.cadence",                       // review
		"gap review.owner",                         // review
	}
	if got := findingKeys(p.Check()); !slices.Equal(got, want) {
		t.Errorf("Parse(requiredOnly).Check() = %q, want %q", got, want)
	}
	if got, want := findingKeys(testMinimalPlan(LangBokmal).Check()), want; !slices.Equal(got, want) {
		t.Errorf("testMinimalPlan(nb).Check() = %q, want %q", got, want)
	}

	// The rules that stay quiet on a minimal plan are those that need more
	// answers to judge; each has its own gap when its answer is given.
	everyone := testMinimalPlan(LangEnglish)
	everyone.Voice.Spokespeople = SpeakEveryone
	if got := findingKeys(ruleByID(t, "guidelines-for-everyone").Check(everyone)); !slices.Equal(got, []string{"gap voice.guidelines"}) {
		t.Errorf("guidelines-for-everyone(minimal, everyone) = %q, want a gap", got)
	}
	designated := testMinimalPlan(LangEnglish)
	designated.Voice.Spokespeople = SpeakDesignated
	if got := findingKeys(designated.Check()); !slices.Contains(got, "gap voice.spokespeople_names") {
		t.Errorf("Check(minimal, designated) = %q, want gap voice.spokespeople_names", got)
	}
}

func ruleByID(t *testing.T, id string) Rule {
	t.Helper()
	for _, r := range Rules() {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no rule %q", id)
	return Rule{}
}

// A plan without presence with only the required fields.
func TestCheckRequiredOnlyNoPresence(t *testing.T) {
	p, err := Parse("none.yaml", []byte("version: 1\norganisation: {name: Berg Regnskap}\npresence: none\nno_presence_reason: Not for us.\n"))
	if err != nil {
		t.Fatalf("Parse(none) error = %v", err)
	}
	want := []string{"weak no_presence_reason", "gap review.cadence", "weak review.owner"}
	if got := findingKeys(p.Check()); !slices.Equal(got, want) {
		t.Errorf("Parse(none).Check() = %q, want %q", got, want)
	}
}

// Check runs the rules in the order of Rules, and gives the same answer
// every time.
func TestCheckOrder(t *testing.T) {
	p := testMinimalPlan(LangEnglish)
	p.Channels = append(p.Channels, Channel{ID: "facebook"}, Channel{ID: "My Newsletter"})
	first := p.Check()
	for range 20 {
		if again := p.Check(); !reflect.DeepEqual(again, first) {
			t.Fatalf("Check() is not deterministic:\n%q\n%q", findingKeys(first), findingKeys(again))
		}
	}
	rank := map[string]int{}
	for i, r := range Rules() {
		rank[r.ID] = i
	}
	for i := 1; i < len(first); i++ {
		if rank[first[i-1].Rule] > rank[first[i].Rule] {
			t.Errorf("Check() finding %d (%s) comes after %s; want rule order", i, first[i].Rule, first[i-1].Rule)
		}
	}
	// Within a rule, channels in plan order.
	var goals []string
	for _, f := range first {
		if f.Rule == "goal-measurable" {
			goals = append(goals, f.Path)
		}
	}
	if want := []string{"channels[0].goal", "channels[1].goal", "channels[2].goal"}; !slices.Equal(goals, want) {
		t.Errorf("goal-measurable paths = %q, want %q", goals, want)
	}
}

// Every path a finding names is a path the plan's points or fields use, so
// a front end can jump to the step that owns it.
func TestCheckPaths(t *testing.T) {
	plans := []*Plan{testMinimalPlan(LangEnglish), Example(LangEnglish)}
	designated := testMinimalPlan(LangEnglish)
	designated.Voice.Spokespeople = SpeakDesignated
	none := Example(LangEnglish)
	testStayAway(none)
	none.Review = Review{}
	plans = append(plans, designated, none)
	sections := []string{"responses.incident"}
	for _, p := range plans {
		var paths []string
		for _, pt := range p.Points() {
			paths = append(paths, pt.Path)
		}
		for _, f := range p.Check() {
			if !slices.Contains(paths, f.Path) && !slices.Contains(sections, f.Path) {
				t.Errorf("finding %s has path %q, which is not a point of the plan (%q)", f.Rule, f.Path, paths)
			}
		}
	}
}

// Check accepts plans still being written, as the wizard has them.
func TestCheckPartialPlans(t *testing.T) {
	plans := map[string]*Plan{
		"zero":             {},
		"new":              New(LangBokmal),
		"blank channel":    {Presence: PresenceActive, Channels: []Channel{{}, {ID: " "}}},
		"unknown purpose":  {Channels: []Channel{{ID: "x", Purposes: []string{"fame", ""}, Measures: []string{""}}}},
		"none, empty":      {Presence: PresenceNone},
		"odd spokespeople": {Voice: Voice{Spokespeople: "robots"}},
	}
	for name, p := range plans {
		for _, f := range p.Check() {
			if f.Rule == "" || f.Path == "" || !slices.Contains(Severities, f.Severity) {
				t.Errorf("Check(%q) made a malformed finding %+v", name, f)
			}
			checkWording(t, f)
		}
	}
	if got := findingKeys((&Plan{Channels: []Channel{{}}}).Check()); !slices.Contains(got, "gap channels[0].goal") {
		t.Errorf("Check(channel without id) = %q, want gap channels[0].goal", got)
	}
}

func TestTally(t *testing.T) {
	fs := []Finding{{Severity: Gap}, {Severity: Tip}, {Severity: Gap}, {Severity: Weak}, {Severity: "other"}}
	if g, w, tp := Tally(fs); g != 2 || w != 1 || tp != 1 {
		t.Errorf("Tally(%v) = %d, %d, %d, want 2, 1, 1", fs, g, w, tp)
	}
	if g, w, tp := Tally(nil); g != 0 || w != 0 || tp != 0 {
		t.Errorf("Tally(nil) = %d, %d, %d, want 0, 0, 0", g, w, tp)
	}
}

func TestSeverityLabel(t *testing.T) {
	tests := []struct {
		s          Severity
		lang, want string
	}{
		{Gap, LangEnglish, "gap"},
		{Gap, LangBokmal, "mangel"},
		{Weak, LangBokmal, "svakt"},
		{Tip, LangBokmal, "tips"},
		{Tip, "xx", "tip"},
		{"other", LangEnglish, "other"},
	}
	for _, tt := range tests {
		if got := tt.s.Label(tt.lang); got != tt.want {
			t.Errorf("Severity(%q).Label(%q) = %q, want %q", tt.s, tt.lang, got, tt.want)
		}
	}
}

func TestTextHelpers(t *testing.T) {
	a, b, c := Text{"a", "à", "á"}, Text{"b", "ḃ", "ƀ"}, Text{"c", "ċ", "ć"}
	tests := []struct {
		name string
		got  Text
		want Text
	}{
		{"list one", list([]Text{a}), Text{"a", "à", "á"}},
		{"list two", list([]Text{a, b}), Text{"a and b", "à og ḃ", "á og ƀ"}},
		{"list three", list([]Text{a, b, c}), Text{"a, b and c", "à, ḃ og ċ", "á, ƀ og ć"}},
		{"orList three", orList([]Text{a, b, c}), Text{"a, b or c", "à, ḃ eller ċ", "á, ƀ eller ć"}},
		{"quoted", quoted("Kari\x1b[31m"), Text{`"Kari[31m"`, "«Kari[31m»", "«Kari[31m»"}},
		{"tr", tr("%s has %d", "%s har %d", b, 3), Text{En: "b has 3", Nb: "ḃ har 3"}},
		{"trn", trn("%s has %d", "%s har %d", "%s har %d", b, 3), Text{"b has 3", "ḃ har 3", "ƀ har 3"}},
		{"quote without nn", quote(Text{En: "x", Nb: "y"}), Text{`"x"`, "«y»", "«y»"}},
		{"upperFirst", upperFirst(Text{"kanal 1", "å vite", "å vite"}), Text{"Kanal 1", "Å vite", "Å vite"}},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %+v, want %+v", tt.name, tt.got, tt.want)
		}
	}
	long := quoted("A goal that goes on and on and on and on and on and on and on and on")
	if r := []rune(long.En); len(r) > 64 || r[len(r)-2] != '…' {
		t.Errorf("quoted(long) = %q, want it cut to about 60 characters with an ellipsis", long.En)
	}
}

// FuzzCheck runs the adviser on any plan the lenient decoder accepts: it
// must not panic, and every finding must be well formed.
func FuzzCheck(f *testing.F) {
	for _, lang := range Languages {
		data, err := Marshal(Example(lang))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(requiredOnly))
	f.Add([]byte("presence: none\nno_presence_reason: x\n"))
	f.Add([]byte("channels: [{id: '', goal: '9999999999999999999 years', owner: 'a'}, {owner: 'A'}, {owner: 'a'}, {owner: 'a (b)'}]\n"))
	f.Add([]byte("responses: {criticism: {response_time: 'hver 2. time'}, incident: {holding_statement: 'kl', update_interval: 'daglig'}}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode("fuzz.yaml", data)
		if err != nil {
			return
		}
		for _, fd := range p.Check() {
			if fd.Rule == "" || fd.Path == "" || fd.Message.En == "" || fd.Message.Nb == "" || fd.Message.Nn == "" ||
				fd.Suggestion.En == "" || fd.Suggestion.Nb == "" || fd.Suggestion.Nn == "" || !slices.Contains(Severities, fd.Severity) {
				t.Fatalf("Check(Decode(%q)) made a malformed finding %+v", data, fd)
			}
		}
	})
}

// BenchmarkCheck measures one review of the model plan, the cost the wizard
// pays each time its review step is shown.
func BenchmarkCheck(b *testing.B) {
	p := Example(LangBokmal)
	for b.Loop() {
		p.Check()
	}
}
