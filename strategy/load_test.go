package strategy

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// minimal is the smallest valid answers file; the table below breaks it
// one rule at a time.
const minimal = `version: 1
language: en
organisation:
  name: Solsiden Bakeri
presence: active
channels:
  - id: instagram
`

// errorsOf returns the error lines Parse gives for the file, or nil when
// the file is a valid plan. It fails the test when the error is not an
// Errors value, since callers branch on that type.
func errorsOf(t *testing.T, name, src string) []string {
	t.Helper()
	p, err := Parse(name, []byte(src))
	if err == nil {
		if p == nil {
			t.Fatalf("Parse(%q) = nil, nil; want a plan or an error", src)
		}
		return nil
	}
	if p != nil {
		t.Errorf("Parse(%q) returned a plan and an error; want one of them", src)
	}
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("Parse(%q) error = %T (%v), want Errors", src, err, err)
	}
	if got, want := err.Error(), strings.Join(lines(errs), "\n"); got != want {
		t.Errorf("Errors.Error() = %q, want the lines joined: %q", got, want)
	}
	return lines(errs)
}

func lines(errs Errors) []string {
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Error()
	}
	return out
}

func TestParseRules(t *testing.T) {
	const topKeys = "version, language, document, organisation, presence, no_presence_reason, instead, revisit_triggers, channels, declined_channels, content, resources, voice, governance, responses, listening, reporting, review, set_aside"
	const purposeIDs = "inspire, share, promote, advocate, listen, support, incident, recruit, internal"
	tests := []struct {
		name string
		src  string
		want []string // nil: valid
	}{
		{"minimal is valid", minimal, nil},
		{
			"presence none with reason is valid",
			"version: 1\norganisation: {name: Bakeri}\npresence: none\nno_presence_reason: Our customers are not there\n",
			nil,
		},
		{
			"empty values leave fields to be decided",
			minimal + "voice:\nresponses: ~\nlistening: {terms: , owner: null}\nreview: {}\n",
			nil,
		},

		// Unknown keys, with and without a suggestion.
		{
			"unknown top-level key suggests the nearest",
			strings.Replace(minimal, "language:", "languge:", 1),
			[]string{`plan.yaml:2:1: languge: unknown key "languge" (known: ` + topKeys + `); did you mean "language"?`},
		},
		{
			"unknown key without a near name",
			minimal + "colour: red\n",
			[]string{`plan.yaml:8:1: colour: unknown key "colour" (known: ` + topKeys + `)`},
		},
		{
			"unknown key in a channel",
			minimal + "    gaol: 100 followers\n",
			[]string{`plan.yaml:8:5: channels[0].gaol: unknown key "gaol" (known: id, account, why, purposes, themes, goal, baseline, measures, audience, owner, deputy, cadence, checked, tone); did you mean "goal"?`},
		},
		{
			"misspelt key is an unknown key and the field it meant is missing",
			strings.Replace(minimal, "  name:", "  nmae:", 1),
			[]string{
				`plan.yaml:4:3: organisation.nmae: unknown key "nmae" (known: name, kind, about, objectives, audiences); did you mean "name"?`,
				`plan.yaml:4:3: organisation.name: missing; give the name of the organisation the plan is for`,
			},
		},
		{
			"unknown key in a response, in a different case",
			minimal + "responses:\n  praise:\n    Owner: Kari\n",
			[]string{`plan.yaml:10:5: responses.praise.Owner: unknown key "Owner" (known: approach, response_time, owner, escalation); did you mean "owner"?`},
		},

		// Wrong types.
		{
			"version as text",
			strings.Replace(minimal, "version: 1", `version: "1"`, 1),
			[]string{`plan.yaml:1:10: version: want a whole number, found "1"`},
		},
		{
			"version as a fraction",
			strings.Replace(minimal, "version: 1", "version: 1.5", 1),
			[]string{`plan.yaml:1:10: version: want a whole number, found "1.5"`},
		},
		{
			"organisation as text",
			"version: 1\norganisation: Solsiden\npresence: none\nno_presence_reason: not now\n",
			[]string{
				`plan.yaml:2:15: organisation: want keys and values (a mapping), found "Solsiden"`,
				`plan.yaml:2:15: organisation.name: missing; give the name of the organisation the plan is for`,
			},
		},
		{
			"name as a list",
			strings.Replace(minimal, "name: Solsiden Bakeri", "name: [Solsiden, Bakeri]", 1),
			[]string{`plan.yaml:4:9: organisation.name: want text, found a list`},
		},
		{
			"audiences as text",
			minimal + "organisation:\n",
			[]string{`plan.yaml:8:1: organisation: key "organisation" is given twice (first on line 3)`},
		},
		{
			"list given as one text",
			strings.Replace(minimal, "  name: Solsiden Bakeri\n", "  name: Solsiden Bakeri\n  audiences: families\n", 1),
			[]string{`plan.yaml:5:14: organisation.audiences: want a list such as [a, b] or lines starting with "- ", found "families"`},
		},
		{
			"channels as a mapping",
			strings.Replace(minimal, "  - id: instagram\n", "  instagram: yes\n", 1),
			[]string{`plan.yaml:7:3: channels: want a list such as [a, b] or lines starting with "- ", found keys and values`},
		},
		{
			"purposes as a mapping",
			minimal + "    purposes: {inspire: yes}\n",
			[]string{`plan.yaml:8:15: channels[0].purposes: want a list such as [a, b] or lines starting with "- ", found keys and values`},
		},
		{
			"long wrong value is cut in the message",
			strings.Replace(minimal, "version: 1", "version: "+strings.Repeat("x", 60), 1),
			[]string{`plan.yaml:1:10: version: want a whole number, found "` + strings.Repeat("x", 40) + `…"`},
		},

		// Version.
		{
			"version missing",
			strings.Replace(minimal, "version: 1\n", "", 1),
			[]string{"plan.yaml:1:1: version: missing; add `version: 2` at the top of the file"},
		},
		{
			"version other than 1 or 2",
			strings.Replace(minimal, "version: 1", "version: 3", 1),
			[]string{"plan.yaml:1:10: version: unsupported version 3; this socialstrategy reads versions 1 to 2"},
		},

		// Language.
		{
			"language unknown",
			strings.Replace(minimal, "language: en", "language: de", 1),
			[]string{`plan.yaml:2:11: language: unknown language "de" (known: en, nb, nn)`},
		},
		{"language in capitals", strings.Replace(minimal, "language: en", "language: NB", 1), nil},
		{"language absent means English", strings.Replace(minimal, "language: en\n", "", 1), nil},

		// Presence, both ways.
		{
			"presence missing",
			strings.Replace(minimal, "presence: active\n", "", 1),
			[]string{"plan.yaml:1:1: presence: missing; use `active` or `none`"},
		},
		{
			"presence unknown",
			strings.Replace(minimal, "presence: active", "presence: sometimes", 1),
			[]string{`plan.yaml:5:11: presence: unknown value "sometimes" (known: active, none)`},
		},
		{
			"active without channels",
			"version: 1\norganisation: {name: Bakeri}\npresence: active\n",
			[]string{"plan.yaml:1:1: channels: missing; an active plan needs at least one channel (or set `presence: none`)"},
		},
		{
			"active with an empty channel list",
			"version: 1\norganisation: {name: Bakeri}\npresence: active\nchannels: []\n",
			[]string{"plan.yaml:4:11: channels: missing; an active plan needs at least one channel (or set `presence: none`)"},
		},
		{
			"active with a reason for no presence",
			minimal + "no_presence_reason: too busy\n",
			[]string{"plan.yaml:8:21: no_presence_reason: only for `presence: none`; remove it or change presence"},
		},
		{
			"none without a reason",
			"version: 1\norganisation: {name: Bakeri}\npresence: none\n",
			[]string{"plan.yaml:1:1: no_presence_reason: missing; say why the organisation will not be on social media"},
		},
		{
			"none with a blank reason",
			"version: 1\norganisation: {name: Bakeri}\npresence: none\nno_presence_reason: \"  \"\n",
			[]string{"plan.yaml:4:21: no_presence_reason: missing; say why the organisation will not be on social media"},
		},
		{
			"none with channels",
			"version: 1\norganisation: {name: Bakeri}\npresence: none\nno_presence_reason: not now\nchannels: [{id: x}]\n",
			[]string{"plan.yaml:5:11: channels: must be empty when presence is none; remove the channels or set `presence: active`"},
		},

		// Channels.
		{
			"channel without id",
			minimal + "  - goal: more followers\n",
			[]string{"plan.yaml:8:5: channels[1].id: missing; name the channel, e.g. instagram or a name of your own"},
		},
		{
			"duplicate channel id",
			minimal + "  - id: facebook\n  - id: instagram\n",
			[]string{`plan.yaml:9:9: channels[2].id: channel "instagram" is listed twice (first as channels[0]); give each an ` + "`account`" + ` if they are different accounts`},
		},
		{
			"twitter and x are one channel",
			minimal + "  - id: twitter\n  - id: X\n",
			[]string{`plan.yaml:9:9: channels[2].id: channel "x" is listed twice (first as channels[1]); give each an ` + "`account`" + ` if they are different accounts`},
		},
		{
			"known ids in any case are one channel",
			minimal + "  - id: Instagram\n",
			[]string{`plan.yaml:8:9: channels[1].id: channel "instagram" is listed twice (first as channels[0]); give each an ` + "`account`" + ` if they are different accounts`},
		},
		{"custom channels differing in case are two channels", minimal + "  - id: Our shop\n  - id: our shop\n", nil},

		// Purposes.
		{
			"unknown purpose",
			minimal + "    purposes: [inspire, sell]\n",
			[]string{`plan.yaml:8:25: channels[0].purposes[1]: unknown purpose "sell" (known: ` + purposeIDs + `)`},
		},
		{
			"misspelt purpose suggests the nearest",
			minimal + "    purposes: [inspre]\n",
			[]string{`plan.yaml:8:16: channels[0].purposes[0]: unknown purpose "inspre" (known: ` + purposeIDs + `); did you mean "inspire"?`},
		},
		{
			"duplicate purpose",
			minimal + "    purposes: [listen, inspire, Listen]\n",
			[]string{`plan.yaml:8:33: channels[0].purposes[2]: purpose "listen" is listed twice`},
		},

		// Spokespeople.
		{
			"spokespeople unknown",
			minimal + "voice: {spokespeople: nobody}\n",
			[]string{`plan.yaml:8:23: voice.spokespeople: unknown value "nobody" (known: everyone, designated, leadership)`},
		},
		{"spokespeople in capitals", minimal + "voice: {spokespeople: Leadership}\n", nil},

		// Blank list items, in every list that is not a list of ids.
		{
			"blank items",
			strings.Replace(minimal, "  name: Solsiden Bakeri\n", "  name: Solsiden Bakeri\n  audiences: [families, \"\"]\n", 1) +
				"    measures: [\" \"]\n" +
				"voice:\n  spokespeople_names: [Kari, ~]\n  guidelines:\n    -\n" +
				"responses: {incident: {channels: [\"\"]}}\n" +
				"listening: {terms: [\"\", x]}\n",
			[]string{
				"plan.yaml:5:25: organisation.audiences[1]: empty item; remove it or fill it in",
				"plan.yaml:9:16: channels[0].measures[0]: empty item; remove it or fill it in",
				"plan.yaml:11:30: voice.spokespeople_names[1]: empty item; remove it or fill it in",
				"plan.yaml:13:6: voice.guidelines[0]: empty item; remove it or fill it in",
				"plan.yaml:14:35: responses.incident.channels[0]: empty item; remove it or fill it in",
				"plan.yaml:15:21: listening.terms[0]: empty item; remove it or fill it in",
			},
		},

		// Duplicate keys.
		{
			"duplicate top-level key",
			minimal + "presence: none\n",
			[]string{`plan.yaml:8:1: presence: key "presence" is given twice (first on line 5)`},
		},
		{
			"duplicate nested key",
			minimal + "    goal: a\n    goal: b\n",
			[]string{`plan.yaml:9:5: channels[0].goal: key "goal" is given twice (first on line 8)`},
		},

		// Aliases and merge keys.
		{
			"alias refused",
			strings.Replace(minimal, "name: Solsiden Bakeri", "name: &n Solsiden Bakeri", 1) + "review: {owner: *n}\n",
			[]string{"plan.yaml:8:17: review.owner: aliases (*n) are not supported in an answers file; write the value out"},
		},
		{
			"merge key refused",
			minimal + "responses:\n  praise: &p {owner: Kari}\n  criticism:\n    <<: *p\n",
			[]string{"plan.yaml:11:5: responses.criticism: keys must be plain names; merge keys and complex keys are not supported"},
		},
		{
			"complex key refused",
			minimal + "? [a, b]\n: c\n",
			[]string{"plan.yaml:8:3: keys must be plain names; merge keys and complex keys are not supported"},
		},

		// The file as a whole.
		{
			"two documents",
			minimal + "---\n" + minimal,
			[]string{"plan.yaml:8: more than one YAML document; an answers file holds one plan"},
		},
		{"empty file", "", []string{"plan.yaml: file is empty; start from `socialstrategy example`"}},
		{"only white space", " \n\t\n", []string{"plan.yaml: file is empty; start from `socialstrategy example`"}},
		{
			"only comments",
			"# my plan\n# to be written\n",
			[]string{"plan.yaml: file has no answers in it; start from `socialstrategy example`"},
		},
		{"only a document marker", "---\n", []string{"plan.yaml: file has no answers in it; start from `socialstrategy example`"}},
		{"only null", "~\n", []string{"plan.yaml: file has no answers in it; start from `socialstrategy example`"}},
		{
			"raw control character",
			minimal + "    goal: \x1b[31mred\n",
			[]string{"plan.yaml:8:11: control character U+001B is not allowed in YAML; remove it"},
		},
		{
			"raw C1 control character",
			minimal + "    tone: warm \u0080\u009b\n",
			[]string{"plan.yaml:8:16: control character U+0080 is not allowed in YAML; remove it"},
		},
		{
			"escaped control characters are removed",
			minimal + "    tone: \"warm\\e[31m \\x9b\\u202e\\r\\b and kind\"\n",
			nil,
		},
		{
			"binary data",
			"version: 1\x00\x01\x02",
			[]string{"plan.yaml: not a text file; an answers file is YAML text in UTF-8 (try `socialstrategy example`)"},
		},
		{
			"not UTF-8",
			"version: 1\norganisation: {name: Caf\xe9}\n",
			[]string{"plan.yaml: not a text file; an answers file is YAML text in UTF-8 (try `socialstrategy example`)"},
		},
		{
			"a text that is not a mapping",
			"Dear diary, today I wrote a plan.\n",
			[]string{`plan.yaml:1:1: not an answers file: want keys and values such as "version: 1" at the top, found "Dear diary, today I wrote a plan."`},
		},
		{
			"a list at the top",
			"- version: 1\n",
			[]string{`plan.yaml:1:1: not an answers file: want keys and values such as "version: 1" at the top, found a list`},
		},
		{
			"YAML syntax error",
			minimal + "    purposes: [inspire\n",
			[]string{"plan.yaml:8:15: the list that starts with [ here is not closed; end it with ]"},
		},
		{
			"tab indentation",
			"version: 1\norganisation:\n\tname: x\n",
			[]string{"plan.yaml:3:1: a tab is used for indentation; indent with spaces"},
		},

		// Format 2.
		{"version 2 reads", strings.Replace(minimal, "version: 1", "version: 2", 1), nil},
		{
			"misspelt kind suggests the nearest",
			strings.Replace(minimal, "  name: Solsiden Bakeri\n", "  name: Solsiden Bakeri\n  kind: clubb\n", 1),
			[]string{`plan.yaml:5:9: organisation.kind: unknown kind "clubb" (known: business, public, nonprofit, club, education); did you mean "club"?`},
		},
		{
			"misspelt document format suggests the nearest",
			"document:\n  formats: [md, htlm, md]\n" + minimal,
			[]string{
				`plan.yaml:2:17: document.formats[1]: unknown format "htlm" (known: md, html, docx); did you mean "html"?`,
				`plan.yaml:2:23: document.formats[2]: "md" is listed twice; remove one`,
			},
		},
		{"document formats read", "document:\n  formats: [html, docx]\n" + minimal, nil},
		{
			"two accounts on one service",
			minimal + "    account: '@main'\n  - id: instagram\n    account: '@youth'\n",
			nil,
		},
		{
			"one account twice",
			minimal + "    account: '@main'\n  - id: Instagram\n    account: '@Main'\n",
			[]string{`plan.yaml:10:14: channels[1].account: account "@Main" on "instagram" is listed twice (first as channels[0])`},
		},
		{
			"declined and used",
			minimal + "declined_channels:\n  - tiktok\n  - id: Instagram\n    reason: no time\n",
			[]string{`plan.yaml:10:9: declined_channels[1].id: channel "instagram" is both used (channels[0]) and declined; remove one of them`},
		},
		{
			"audience without a name",
			strings.Replace(minimal, "  name: Solsiden Bakeri\n", "  name: Solsiden Bakeri\n  audiences:\n    - Families\n    - why: They pay\n", 1),
			[]string{"plan.yaml:7:7: organisation.audiences[1].name: missing; name the group, e.g. `name: Families living nearby`"},
		},
		{
			"instead only without presence",
			minimal + "instead: [Phone]\n",
			[]string{"plan.yaml:8:10: instead: only for `presence: none`; remove it or change presence"},
		},
		{
			"an audience is text or keys",
			strings.Replace(minimal, "  name: Solsiden Bakeri\n", "  name: Solsiden Bakeri\n  audiences: [[a]]\n", 1),
			[]string{`plan.yaml:5:15: organisation.audiences[0]: want keys and values (a mapping), found a list`},
		},

		// Every problem is reported, in file order, not only the first.
		{
			"all errors reported",
			"version: 3\nlanguage: sv\norganisation:\n  name: \"\"\n  colour: blue\npresence: active\nchannels:\n" +
				"  - id: instagram\n    purposes: [sell]\n  - id: instagram\n    measures: [\"\"]\n" +
				"voice: {spokespeople: all}\n",
			[]string{
				"plan.yaml:1:10: version: unsupported version 3; this socialstrategy reads versions 1 to 2",
				`plan.yaml:2:11: language: unknown language "sv" (known: en, nb, nn)`,
				"plan.yaml:4:9: organisation.name: missing; give the name of the organisation the plan is for",
				`plan.yaml:5:3: organisation.colour: unknown key "colour" (known: name, kind, about, objectives, audiences)`,
				`plan.yaml:9:16: channels[0].purposes[0]: unknown purpose "sell" (known: ` + purposeIDs + `)`,
				`plan.yaml:10:9: channels[1].id: channel "instagram" is listed twice (first as channels[0]); give each an ` + "`account`" + ` if they are different accounts`,
				"plan.yaml:11:16: channels[1].measures[0]: empty item; remove it or fill it in",
				`plan.yaml:12:23: voice.spokespeople: unknown value "all" (known: everyone, designated, leadership)`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := errorsOf(t, "plan.yaml", tt.src)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) errors =\n%s\nwant\n%s", tt.src, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestParseNormalises(t *testing.T) {
	src := "version: 1\nlanguage: ' NB '\norganisation:\n  name: \"  Solsiden\\r\\n Bakeri\\u202e \"\n  kind: ' Club'\n" +
		"  audiences: [' Families ', {name: Offices, where: [Twitter, LinkedIn]}]\npresence: Active\n" +
		"channels:\n  - id: Twitter\n    purposes: [Inspire, ' listen']\n  - id: '  My shop '\n" +
		"declined_channels: [TikTok, {id: YOUTUBE , reason: no}]\n" +
		"voice: {spokespeople: DESIGNATED}\nresponses: {incident: {channels: [TWITTER, My shop]}}\n"
	p, err := Parse("plan.yaml", []byte(src))
	if err != nil {
		t.Fatalf("Parse(%q) error = %v, want nil", src, err)
	}
	want := &Plan{
		Version:  Version, // a version 1 file is read as the current format
		Language: LangBokmal,
		Organisation: Organisation{Name: "Solsiden\n Bakeri", Kind: KindClub, Audiences: []Audience{
			{Name: "Families"}, {Name: "Offices", Where: []string{"x", "linkedin"}},
		}},
		Presence: PresenceActive,
		Channels: []Channel{
			{ID: "x", Purposes: []string{"inspire", "listen"}},
			{ID: "My shop"},
		},
		DeclinedChannels: []Declined{{ID: "tiktok"}, {ID: "youtube", Reason: "no"}},
		Voice:            Voice{Spokespeople: SpeakDesignated},
		Responses:        Responses{Incident: Incident{Channels: []string{"x", "My shop"}}},
	}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("Parse(%q) =\n%#v\nwant\n%#v", src, p, want)
	}
	if c := p.Channel("twitter"); c == nil || c.ID != "x" {
		t.Errorf("Plan.Channel(%q) = %v, want the x channel", "twitter", c)
	}
	if c := p.Channel("facebook"); c != nil {
		t.Errorf("Plan.Channel(%q) = %v, want nil", "facebook", c)
	}
}

func TestParseStringScalars(t *testing.T) {
	// Plain scalars that YAML would read as other types are text in text
	// fields: the person wrote them as answers.
	for _, v := range []string{"yes", "no", "on", "true", "123", "1.5", "0x10", "2027-06-01", "'null'", "'~'"} {
		src := minimal + "    goal: " + v + "\n"
		p, err := Parse("plan.yaml", []byte(src))
		if err != nil {
			t.Errorf("Parse(%q) error = %v, want nil", src, err)
			continue
		}
		if want := strings.Trim(v, "'"); p.Channels[0].Goal != want {
			t.Errorf("Parse(goal: %s) goal = %q, want %q", v, p.Channels[0].Goal, want)
		}
	}
}

func TestParseEmptyListIsAbsent(t *testing.T) {
	// An empty list and an absent one are the same plan, so that a saved
	// plan loads back equal.
	src := minimal + "    purposes: []\n    measures: []\n"
	p, err := Parse("plan.yaml", []byte(src))
	if err != nil {
		t.Fatalf("Parse(%q) error = %v, want nil", src, err)
	}
	if c := p.Channels[0]; c.Purposes != nil || c.Measures != nil {
		t.Errorf("Parse(%q) lists = %#v, %#v; want nil", src, c.Purposes, c.Measures)
	}
}

func TestDecode(t *testing.T) {
	// Decode accepts a plan still being written but still refuses what no
	// plan may contain.
	p, err := Decode("draft.yaml", []byte("organisation: {name: Bakeri}\n"))
	if err != nil || p.Organisation.Name != "Bakeri" {
		t.Errorf("Decode(draft) = %v, %v; want the plan and no error", p, err)
	}
	_, err = Decode("draft.yaml", []byte("organisation: {nam: Bakeri}\n"))
	want := `draft.yaml:1:16: organisation.nam: unknown key "nam" (known: name, kind, about, objectives, audiences); did you mean "name"?`
	if err == nil || err.Error() != want {
		t.Errorf("Decode(unknown key) error = %v, want %s", err, want)
	}
}

func TestParseNames(t *testing.T) {
	_, err := Parse("", []byte("version: x\n"))
	if got, want := err.Error(), "<input>:1:1: organisation.name: missing"; !strings.HasPrefix(got, want) {
		t.Errorf("Parse(no name) error = %q, want it to start with %q", got, want)
	}
}

func TestParseTooLarge(t *testing.T) {
	// The size check comes before any parsing: a file just over the limit
	// that is not even YAML gets the size error.
	data := []byte(minimal + "#" + strings.Repeat("[", MaxFileSize))
	_, err := Parse("big.yaml", data)
	want := "big.yaml: file is larger than 1024 KiB; an answers file is a few KiB of YAML"
	if err == nil || err.Error() != want {
		t.Errorf("Parse(%d bytes) error = %v, want %s", len(data), err, want)
	}
	ok := []byte(minimal + "#" + strings.Repeat("x", MaxFileSize-len(minimal)-2) + "\n")
	if _, err := Parse("max.yaml", ok); err != nil {
		t.Errorf("Parse(%d bytes) error = %v, want nil", len(ok), err)
	}
}

func TestParseAliasBomb(t *testing.T) {
	// Aliases are refused where they are used, never expanded, so a
	// "billion laughs" file fails at once instead of filling memory.
	var top strings.Builder
	top.WriteString("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for c := 'b'; c <= 'z'; c++ {
		fmt.Fprintf(&top, "%c: &%c [%s]\n", c, c, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*%c, ", c-1), 9), ", "))
	}
	nine := func(ref string) string { return strings.TrimSuffix(strings.Repeat(ref+", ", 9), ", ") }
	inFields := minimal + "listening:\n  terms: &a [" + nine("lol") + "]\nvoice:\n  guidelines: &b [" + nine("*a") +
		"]\n  spokespeople_names: &c [" + nine("*b") + "]\nreview:\n  owner: *c\n"

	tests := []struct {
		name, src string
		first     string
		count     int
	}{
		{"at the top", top.String(), `bomb.yaml:1:1: a: unknown key "a" (known: version, language,`, 29},
		{"in known fields", inFields, "bomb.yaml:11:19: voice.guidelines[0]: aliases (*a) are not supported in an answers file; write the value out", 19},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := Parse("bomb.yaml", []byte(tt.src))
				done <- err
			}()
			select {
			case err := <-done:
				var errs Errors
				if !errors.As(err, &errs) {
					t.Fatalf("Parse(alias bomb) error = %v, want Errors", err)
				}
				if len(errs) != tt.count || !strings.HasPrefix(errs[0].Error(), tt.first) {
					t.Errorf("Parse(alias bomb) = %d errors starting %q, want %d starting %q", len(errs), errs[0], tt.count, tt.first)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Parse(alias bomb) still running after 5s, want an error at once")
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := write("good.yaml", []byte(minimal))
	bad := write("bad.yaml", []byte(minimal+"colour: red\n"))
	big := write("big.yaml", []byte(strings.Repeat("#", 2*MaxFileSize)))
	missing := filepath.Join(dir, "missing.yaml")

	tests := []struct {
		path    string
		wantErr string // empty: no error
	}{
		{good, ""},
		{bad, bad + `:8:1: colour: unknown key "colour"`},
		{big, big + ": file is larger than 1024 KiB"},
		{missing, missing + ": no such file; start one with `socialstrategy` or `socialstrategy example -o " + missing + "`"},
		{dir, "read " + dir + ": is a directory"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			p, err := Load(tt.path)
			switch {
			case tt.wantErr == "" && (err != nil || p == nil):
				t.Errorf("Load(%q) = %v, %v; want a plan", tt.path, p, err)
			case tt.wantErr != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.wantErr)):
				t.Errorf("Load(%q) error = %v, want it to start with %q", tt.path, err, tt.wantErr)
			}
		})
	}
}

func TestFieldError(t *testing.T) {
	tests := []struct {
		e    FieldError
		want string
	}{
		{FieldError{File: "a.yaml", Line: 3, Col: 7, Path: "voice.tone", Msg: "bad"}, "a.yaml:3:7: voice.tone: bad"},
		{FieldError{File: "a.yaml", Line: 3, Path: "voice", Msg: "bad"}, "a.yaml:3: voice: bad"},
		{FieldError{File: "a.yaml", Col: 3, Msg: "bad"}, "a.yaml: bad"},
		{FieldError{Msg: "bad"}, "<input>: bad"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("FieldError(%+v).Error() = %q, want %q", tt.e, got, tt.want)
		}
	}
}

func TestDidYouMean(t *testing.T) {
	tests := []struct {
		word, want string
	}{
		{"inspre", `; did you mean "inspire"?`},
		{"LISTEN", `; did you mean "listen"?`},
		{"supprot", `; did you mean "support"?`},
		{"sell", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := didYouMean(tt.word, PurposeIDs()); got != tt.want {
			t.Errorf("didYouMean(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// parseWithin runs Parse and fails the test if it takes longer than d: a
// hostile file must get its answer at once, not hang the program.
// parseWithin fails the test when Parse has not answered within d. It
// guards against a hang (a quadratic walk, an endless loop), not a speed
// target: BenchmarkParseHostile measures the cost, and d leaves room for a
// machine loaded many times over.
func parseWithin(t *testing.T, d time.Duration, src string) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := Parse("big.yaml", []byte(src))
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(d):
		t.Fatalf("Parse(%d bytes) still running after %v", len(src), d)
		return nil
	}
}

func TestParseHostileShapes(t *testing.T) {
	// Files just under the size limit shaped to make the most work: deep
	// nesting, and as many errors from decoding and from validation as
	// the bytes allow. Each gets a prompt answer with a readable number of
	// errors.
	tests := []struct {
		name      string
		src       string
		wantCount int // errors listed
		wantLast  string
		wantTotal int // problems found
	}{
		{"deep flow lists", strings.Repeat("[", 100000), 1, "big.yaml:", 1},
		{"deep flow mappings", strings.Repeat("{a: ", 50000), 1, "big.yaml:", 1},
		{"many unknown keys", strings.Repeat("a: 1\n", 200000), 100, "big.yaml: 199904 more problems not shown; fix the ones above first", 200003},
		// 100000 unknown keys and 100000 missing ids, and three missing fields
		{"many channels with errors from both", "channels:\n" + strings.Repeat("- {q: 1}\n", 100000), 100, "big.yaml: 199904 more problems not shown; fix the ones above first", 200003},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.src) > MaxFileSize {
				t.Fatalf("test file is %d bytes, over the limit", len(tt.src))
			}
			err := parseWithin(t, time.Minute, tt.src)
			var errs Errors
			if !errors.As(err, &errs) {
				t.Fatalf("Parse(%s) error = %v, want Errors", tt.name, err)
			}
			if last := errs[len(errs)-1].Error(); len(errs) != tt.wantCount || !strings.HasPrefix(last, tt.wantLast) {
				t.Errorf("Parse(%s) = %d errors ending %q, want %d ending %q", tt.name, len(errs), last, tt.wantCount, tt.wantLast)
			}
			if got := errs.Count(); got != tt.wantTotal {
				t.Errorf("Parse(%s) errors.Count() = %d, want %d", tt.name, got, tt.wantTotal)
			}
		})
	}
}

func TestParseDraft(t *testing.T) {
	tests := []struct {
		name, in, wantErr string
	}{
		{"only a name", "version: 1\norganisation: {name: Nordlys}\n", ""},
		{"nothing answered yet", "version: 1\nlanguage: nb\n", ""},
		{"presence chosen, no reason yet", "version: 1\norganisation: {name: Nordlys}\npresence: none\n", ""},
		{"active, no channels yet", "version: 1\norganisation: {name: Nordlys}\npresence: active\n", ""},
		{"a wrong value", "version: 1\npresence: maybe\n", `draft.yaml:2:11: presence: unknown value "maybe" (known: active, none)`},
		{"a wrong version", "version: 3\n", "draft.yaml:1:10: version: unsupported version 3; this socialstrategy reads versions 1 to 2"},
		{"an unknown purpose", "version: 1\npresence: active\nchannels: [{id: x, purposes: [sell]}]\n", `draft.yaml:3:31: channels[0].purposes[0]: unknown purpose "sell"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDraft("draft.yaml", []byte(tt.in))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("ParseDraft(%q) = %v, want no error", tt.in, err)
			case tt.wantErr != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.wantErr)):
				t.Errorf("ParseDraft(%q) = %v, want %q", tt.in, err, tt.wantErr)
			}
			if _, err := Parse("plan.yaml", []byte(tt.in)); err == nil {
				t.Errorf("Parse(%q) = nil, want the missing answers reported", tt.in)
			}
		})
	}
}
