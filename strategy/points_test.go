package strategy

import (
	"reflect"
	"testing"
)

func TestDecided(t *testing.T) {
	required := &Plan{Version: 1, Language: "en", Organisation: Organisation{Name: "A"}, Presence: PresenceActive, Channels: []Channel{{ID: "x"}}}
	everyone := Example(LangEnglish)
	everyone.Voice.Spokespeople = SpeakEveryone
	none := &Plan{Version: 1, Language: "en", Organisation: Organisation{Name: "A"}, Presence: PresenceNone, NoPresenceReason: "B"}
	noneFull := &Plan{
		Version: 1, Language: "nb", Organisation: Organisation{Name: "A", About: "B", Audiences: []Audience{{Name: "C"}}},
		Presence: PresenceNone, NoPresenceReason: "D", Review: Review{Cadence: "E", Owner: "F"},
	}
	blank := &Plan{Version: 1, Language: "en", Organisation: Organisation{Name: " \n "}, Presence: PresenceActive, Channels: []Channel{{ID: "x", Goal: "  "}}}

	tests := []struct {
		name                string
		plan                *Plan
		wantDone, wantTotal int
	}{
		// 3 organisation + channels + 7 per channel + 4 voice + 11 responses + 3 listening + 2 review
		{"example en", Example(LangEnglish), 38, 38},
		{"example nb", Example(LangBokmal), 38, 38},
		// No names of spokespeople to decide unless they are designated.
		{"example, everyone speaks", everyone, 37, 37},
		{"required fields only", required, 2, 30},
		{"blank text is not decided", blank, 1, 30},
		{"presence none, required only", none, 2, 6},
		{"presence none, all filled", noneFull, 6, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done, total := tt.plan.Decided()
			if done != tt.wantDone || total != tt.wantTotal {
				t.Errorf("Decided() = %d, %d; want %d, %d", done, total, tt.wantDone, tt.wantTotal)
			}
		})
	}
}

func TestPoints(t *testing.T) {
	p := Example(LangEnglish)
	p.Channels[1].Goal = ""
	p.Channels = append(p.Channels, Channel{ID: "Our newsletter"})
	pts := p.Points()

	var paths []string
	for _, pt := range pts {
		paths = append(paths, pt.Path)
	}
	wantPaths := []string{
		"organisation.name", "organisation.about", "organisation.audiences", "channels",
		"channels[0].purposes", "channels[0].goal", "channels[0].measures", "channels[0].audience",
		"channels[0].owner", "channels[0].cadence", "channels[0].tone",
		"channels[1].purposes", "channels[1].goal", "channels[1].measures", "channels[1].audience",
		"channels[1].owner", "channels[1].cadence", "channels[1].tone",
		"channels[2].purposes", "channels[2].goal", "channels[2].measures", "channels[2].audience",
		"channels[2].owner", "channels[2].cadence", "channels[2].tone",
		"voice.tone", "voice.spokespeople", "voice.spokespeople_names", "voice.guidelines",
		"responses.praise.approach", "responses.praise.response_time", "responses.praise.owner",
		"responses.criticism.approach", "responses.criticism.response_time", "responses.criticism.owner",
		"responses.criticism.escalation",
		"responses.incident.lead", "responses.incident.channels", "responses.incident.holding_statement",
		"responses.incident.update_interval",
		"listening.terms", "listening.frequency", "listening.owner", "review.cadence", "review.owner",
	}
	if !reflect.DeepEqual(paths, wantPaths) {
		t.Errorf("Points() paths =\n%q\nwant\n%q", paths, wantPaths)
	}

	labels := []struct {
		i       int
		lang    string
		want    string
		decided bool
	}{
		{0, LangEnglish, "Name of the organisation", true},
		{0, LangBokmal, "Navn på virksomheten", true},
		{5, LangEnglish, "Instagram: goal", true},
		{12, LangEnglish, "Facebook: goal", false},
		{12, LangBokmal, "Facebook: mål", false},
		{18, LangEnglish, "Our newsletter: what we use it for", false},
		{18, LangBokmal, "Our newsletter: formål", false},
		{44, LangBokmal, "Hvem som evaluerer strategien", true},
	}
	for _, tt := range labels {
		pt := pts[tt.i]
		if got := pt.Label(tt.lang); got != tt.want || pt.Decided != tt.decided {
			t.Errorf("Points()[%d].Label(%q) = %q (decided %v), want %q (decided %v)", tt.i, tt.lang, got, pt.Decided, tt.want, tt.decided)
		}
	}

	none := &Plan{Presence: PresenceNone}
	var nonePaths []string
	for _, pt := range none.Points() {
		nonePaths = append(nonePaths, pt.Path)
	}
	wantNone := []string{"organisation.name", "organisation.about", "organisation.audiences", "no_presence_reason", "review.cadence", "review.owner"}
	if !reflect.DeepEqual(nonePaths, wantNone) {
		t.Errorf("Points() for presence none = %q, want %q", nonePaths, wantNone)
	}
	if got, want := none.Points()[4].Label(LangEnglish), "When we revisit the decision"; got != want {
		t.Errorf("Points()[4].Label(en) for presence none = %q, want %q", got, want)
	}
}

func TestCatalog(t *testing.T) {
	names := []struct{ id, want string }{
		{"x", "X (Twitter)"}, {"twitter", "X (Twitter)"}, {" TWITTER ", "X (Twitter)"},
		{"linkedin", "LinkedIn"}, {"YouTube", "YouTube"}, {"Our shop", "Our shop"},
	}
	for _, tt := range names {
		if got := ChannelName(tt.id); got != tt.want {
			t.Errorf("ChannelName(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
	for _, c := range Channels {
		if !IsKnownChannel(c.ID) || NormaliseChannelID(c.ID) != c.ID {
			t.Errorf("IsKnownChannel(%q) = false or not canonical, want a known canonical id", c.ID)
		}
	}
	if IsKnownChannel("myspace") {
		t.Errorf("IsKnownChannel(%q) = true, want false", "myspace")
	}
	if got, want := SuggestedMeasures([]string{"inspire", "sell", "listen"}, LangBokmal),
		[]string{"rekkevidde", "visninger", "omtaler", "stemning i omtalen", "andel av omtalen"}; !reflect.DeepEqual(got, want) {
		t.Errorf("SuggestedMeasures(inspire, sell, listen; nb) = %q, want %q", got, want)
	}
	for _, p := range Purposes {
		if p.Name.En == "" || p.Name.Nb == "" || p.Help.En == "" || p.Help.Nb == "" || len(p.Measures) == 0 {
			t.Errorf("Purposes[%q] is missing a translation or measures: %+v", p.ID, p)
		}
	}
	if got, want := SpokespeopleName(SpeakLeadership, LangBokmal), "Bare ledelsen"; got != want {
		t.Errorf("SpokespeopleName(leadership, nb) = %q, want %q", got, want)
	}
	if got := (Text{En: "only English"}).In(LangBokmal); got != "only English" {
		t.Errorf("Text{En}.In(nb) = %q, want the English", got)
	}
}

func TestChannelNameIn(t *testing.T) {
	tests := []struct{ id, lang, want string }{
		{"blog", LangBokmal, "Blogg"},
		{"blog", LangEnglish, "Blog"},
		{"Facebook", LangBokmal, "Facebook"},
		{"twitter", LangBokmal, "X (Twitter)"},
		{"Nyhetsbrev", LangEnglish, "Nyhetsbrev"},
	}
	for _, tt := range tests {
		if got := ChannelNameIn(tt.id, tt.lang); got != tt.want {
			t.Errorf("ChannelNameIn(%q, %q) = %q, want %q", tt.id, tt.lang, got, tt.want)
		}
	}
	p := &Plan{Presence: PresenceActive, Channels: []Channel{{ID: "blog"}}}
	for _, pt := range p.Points() {
		if pt.Channel != "" {
			if got := pt.Label(LangBokmal); got != "Blogg: "+pt.Name.Nb {
				t.Errorf("Label(nb) = %q, want the channel named in bokmål", got)
			}
			break
		}
	}
}

func TestLangFromLocale(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, LangEnglish},
		{map[string]string{"LANG": "nb_NO.UTF-8"}, LangBokmal},
		{map[string]string{"LANG": "no"}, LangBokmal},
		{map[string]string{"LANG": "nn_NO"}, LangNynorsk},
		{map[string]string{"LANG": "nn_NO.UTF-8"}, LangNynorsk},
		{map[string]string{"LANG": "nn"}, LangNynorsk},
		{map[string]string{"LANG": "nb_NO", "LC_MESSAGES": "nn_NO.UTF-8"}, LangNynorsk},
		{map[string]string{"LANG": "nno"}, LangEnglish},
		{map[string]string{"LANG": "en_GB.UTF-8"}, LangEnglish},
		{map[string]string{"LANG": "nb_NO.UTF-8", "LC_ALL": "C"}, LangEnglish},
		{map[string]string{"LANG": "en_US", "LC_MESSAGES": "nb_NO"}, LangBokmal},
		{map[string]string{"LANG": "nl_NL"}, LangEnglish},
	}
	for _, tt := range tests {
		if got := LangFromLocale(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("LangFromLocale(%v) = %q, want %q", tt.env, got, tt.want)
		}
	}
}
