package strategy

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// The example is the model plan: the adviser must have nothing to say
// about it. If a rule flags it, either the rule or the example is wrong.
func TestCheckExample(t *testing.T) {
	for _, lang := range Languages {
		if got := Example(lang).CheckOn(testToday); len(got) != 0 {
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

// A plan with only the required fields has one summary per section not
// answered yet, ranked by what would hurt first, not a gap per field.
func TestCheckRequiredOnly(t *testing.T) {
	p, err := Parse("required.yaml", []byte(requiredOnly))
	if err != nil {
		t.Fatalf("Parse(requiredOnly) error = %v", err)
	}
	want := []string{
		"gap responses.incident.lead",      // unanswered: the incident plan
		"gap responses.criticism.approach", // unanswered: criticism
		"gap voice.tone",                   // unanswered: voice
		"gap channels[0].purposes",         // unanswered: the channel
		"gap organisation.audiences",       // audience-named
		"gap listening.terms",              // unanswered: listening
		"gap review.cadence",               // unanswered: review
		"weak governance.approval",         // unanswered: governance and security, weak with accounts (GOV.UK)
		"tip responses.moderation",         // moderation: house rules are offered
		"tip responses.praise.approach",    // unanswered: praise, a tip
		"tip organisation.objectives",      // unanswered, offered: objectives
		"tip content.themes",               // unanswered, offered: content
		"tip resources.hours_per_week",     // unanswered, offered: time and money
		"tip reporting.cadence",            // unanswered, offered: reporting
		"tip document.date",                // unanswered, offered: document details
	}
	if got := findingKeys(p.CheckOn(testToday)); !slices.Equal(got, want) {
		t.Errorf("Parse(requiredOnly).Check() = %q, want %q", got, want)
	}
	for _, f := range p.CheckOn(testToday) {
		if f.Rule != "unanswered" && f.Rule != "audience-named" && f.Rule != "moderation" {
			t.Errorf("Parse(requiredOnly).Check() has %s %s, want only section summaries", f.Rule, f.Path)
		}
	}
	if got, want := findingKeys(testMinimalPlan(LangBokmal).CheckOn(testToday)), want; !slices.Equal(got, want) {
		t.Errorf("testMinimalPlan(nb).Check() = %q, want %q", got, want)
	}

	// Once a section has one answer, its fields are judged one by one.
	everyone := testMinimalPlan(LangEnglish)
	everyone.Voice.Spokespeople = SpeakEveryone
	if got := findingKeys(everyone.CheckOn(testToday)); !slices.Contains(got, "gap voice.guidelines") {
		t.Errorf("Check(minimal, everyone) = %q, want gap voice.guidelines", got)
	}
	designated := testMinimalPlan(LangEnglish)
	designated.Voice.Spokespeople = SpeakDesignated
	if got := findingKeys(designated.CheckOn(testToday)); !slices.Contains(got, "gap voice.spokespeople_names") {
		t.Errorf("Check(minimal, designated) = %q, want gap voice.spokespeople_names", got)
	}
	started := testMinimalPlan(LangEnglish)
	started.Responses.Incident.Lead = "Ola"
	got := findingKeys(started.CheckOn(testToday))
	for _, w := range []string{"gap responses.incident.channels", "gap responses.incident.holding_statement", "gap responses.incident.update_interval"} {
		if !slices.Contains(got, w) {
			t.Errorf("Check(minimal, incident lead only) = %q, want %s", got, w)
		}
	}
}

// The three plans found in real use, as typed, in a plan otherwise sound.
func TestCheckFoundOnRealPlans(t *testing.T) {
	tests := []struct {
		name string
		lang string
		edit func(p *Plan)
		want []string // findings of the whole check, "rule path"
	}{
		{"dotted Norwegian date", LangBokmal, func(p *Plan) { p.Channels[0].Goal = "Nå 2 500 følgere innen 31.12.2027" }, nil},
		{"a goal from 2019", LangEnglish, func(p *Plan) { p.Channels[0].Goal = "Reach 2,000 local followers by June 2019" },
			[]string{"goal-deadline-passed channels[0].goal"}},
		{"a team owns five channels", LangEnglish, func(p *Plan) {
			const team = "Digital communications team (four editors, two on call)"
			for _, id := range []string{"linkedin", "youtube", "x"} {
				p.Channels = append(p.Channels, Channel{ID: id, Why: "Residents follow us there", Purposes: []string{"inspire"},
					Goal: "Reach 1,000 followers by 2027", Baseline: "400 in 2026", Measures: []string{"reach"}, Audience: "Residents",
					Cadence: "weekly", Tone: id + " tone"})
			}
			for i := range p.Channels {
				p.Channels[i].Owner = team
			}
		}, nil},
	}
	for _, tt := range tests {
		p := Example(tt.lang)
		tt.edit(p)
		var got []string
		for _, f := range p.CheckOn(testToday) {
			got = append(got, f.Rule+" "+f.Path)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Check() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// An organisation whose incidents another team handles gets one finding
// about it, not every gap of an incident plan it does not write.
func TestCheckIncidentElsewhere(t *testing.T) {
	p := Example(LangBokmal)
	p.Responses.Incident = Incident{Lead: "Håndteres av kommunens kriseledelse"}
	var got []string
	for _, f := range p.CheckOn(testToday) {
		got = append(got, f.Rule+" "+f.Path)
	}
	if want := []string{"incident-lead responses.incident.lead"}; !slices.Equal(got, want) {
		t.Errorf("Check(incidents handled elsewhere) = %q, want %q", got, want)
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
	want := []string{"gap review.cadence", "weak no_presence_reason", "weak instead", "tip document.date", "tip revisit_triggers", "tip voice.private_use"}
	if got := findingKeys(p.CheckOn(testToday)); !slices.Equal(got, want) {
		t.Errorf("Parse(none).Check() = %q, want %q", got, want)
	}
}

// Check ranks findings by severity, then by the rank of their rule, then
// in plan order, and gives the same answer every time.
func TestCheckOrder(t *testing.T) {
	p := Example(LangEnglish)
	p.Channels = append(p.Channels, Channel{ID: "facebok", Owner: "Per"}, Channel{ID: "My Newsletter", Goal: "More readers"})
	p.Channels[0].Goal, p.Channels[1].Goal = "Be seen", "Be liked"
	p.Responses.Criticism.Escalation = ""
	p.Review.Owner = ""
	first := p.CheckOn(testToday)
	for range 20 {
		if again := p.CheckOn(testToday); !reflect.DeepEqual(again, first) {
			t.Fatalf("Check() is not deterministic:\n%q\n%q", findingKeys(first), findingKeys(again))
		}
	}
	rank := map[string]int{}
	for i, r := range Rules() {
		rank[r.ID] = i
	}
	sev := func(f Finding) int { return slices.Index(Severities, f.Severity) }
	for i := 1; i < len(first); i++ {
		a, b := first[i-1], first[i]
		if sev(a) > sev(b) || sev(a) == sev(b) && a.Rule != "unanswered" && b.Rule != "unanswered" && rank[a.Rule] > rank[b.Rule] {
			t.Errorf("Check() finding %d (%s %s) comes after %s %s; want severity, then rule rank", i, b.Severity, b.Rule, a.Severity, a.Rule)
		}
	}
	// Within a rule, channels in plan order.
	var goals []string
	for _, f := range first {
		if f.Rule == "goal-measurable" {
			goals = append(goals, f.Path)
		}
	}
	if want := []string{"channels[0].goal", "channels[1].goal", "channels[2].goal", "channels[3].goal"}; !slices.Equal(goals, want) {
		t.Errorf("goal-measurable paths = %q, want %q", goals, want)
	}
	// What hurts first comes first: the escalation gap before the goals.
	if k := slices.IndexFunc(first, func(f Finding) bool { return f.Rule == "criticism-escalation" }); k != 0 {
		t.Errorf("Check() = %q, want criticism-escalation first", findingKeys(first))
	}
}

// Every path a finding names is a path the plan's points or fields use, so
// a front end can jump to the step that owns it.
func TestCheckPaths(t *testing.T) {
	plans := []*Plan{testMinimalPlan(LangEnglish), Example(LangEnglish), {}}
	designated := testMinimalPlan(LangEnglish)
	designated.Voice.Spokespeople = SpeakDesignated
	none := Example(LangEnglish)
	testStayAway(none)
	none.Review, none.Instead = Review{}, nil
	public := Example(LangNynorsk)
	public.Organisation.Kind = KindPublic
	public.Governance = Governance{}
	public.Responses.Incident.FirstSteps = []string{"Call the mayor"}
	public.DeclinedChannels = append(public.DeclinedChannels, Declined{ID: "tiktok"})
	plans = append(plans, designated, none, public)
	for _, p := range plans {
		for _, f := range p.CheckOn(testToday) {
			if !isPlanPath(f.Path) {
				t.Errorf("finding %s has path %q, which is no field of the plan", f.Rule, f.Path)
			}
		}
	}
}

// isPlanPath reports whether path names a field of Plan, by its yaml keys:
// channels[0].goal, responses.incident, document.date.
func isPlanPath(path string) bool {
	t := reflect.TypeOf(Plan{})
	for _, part := range strings.Split(path, ".") {
		key, index, indexed := strings.Cut(part, "[")
		if indexed && !strings.HasSuffix(index, "]") {
			return false
		}
		found := false
		for i := range t.NumField() {
			if name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); name == key {
				t, found = t.Field(i).Type, true
				break
			}
		}
		if !found {
			return false
		}
		if indexed {
			if t.Kind() != reflect.Slice {
				return false
			}
			t = t.Elem()
		}
		if t.Kind() == reflect.Slice {
			t = t.Elem()
		}
	}
	return true
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
	if got := findingKeys((&Plan{Channels: []Channel{{}}}).Check()); !slices.Contains(got, "gap channels[0].purposes") {
		t.Errorf("Check(channel without id) = %q, want gap channels[0].purposes", got)
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
