package tui

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialstrategy/socialstrategy/strategy"
)

func TestRunAccessibleNoPresence(t *testing.T) {
	dir := t.TempDir()
	opts := Options{AnswersPath: filepath.Join(dir, "a.yaml"), OutputPath: filepath.Join(dir, "s.md")}
	in := strings.Join([]string{
		"1",                                      // English
		"Solsiden Bakeri",                        // name
		"4",                                      // kind: club or team
		"Bakery in Trondheim",                    // about
		"Families; Offices",                      // audiences, one line in this mode
		"2",                                      // presence: no
		"None of our buyers are on social media", // reason
		"January 2027",                           // revisit
		"Ola",                                    // who revisits
	}, "\n") + "\n"
	var out bytes.Buffer
	if err := RunAccessible(strategy.New(""), opts, strings.NewReader(in), &out, []string{"TERM=dumb"}); err != nil {
		t.Fatalf("RunAccessible() = %v", err)
	}
	if strings.Contains(out.String(), "\x1b[") {
		t.Errorf("output has colour codes although it is not a terminal:\n%q", out.String())
	}
	data, err := os.ReadFile(opts.AnswersPath)
	if err != nil {
		t.Fatal(err)
	}
	p, err := strategy.Parse("a.yaml", data)
	if err != nil {
		t.Fatalf("saved answers are invalid: %v", err)
	}
	want := strategy.Plan{
		Version: 1, Language: "en", Presence: strategy.PresenceNone,
		Organisation:     strategy.Organisation{Name: "Solsiden Bakeri", Kind: strategy.KindClub, About: "Bakery in Trondheim", Audiences: []strategy.Audience{{Name: "Families"}, {Name: "Offices"}}},
		NoPresenceReason: "None of our buyers are on social media",
		Review:           strategy.Review{Cadence: "January 2027", Owner: "Ola"},
	}
	if got, _ := strategy.Marshal(p); string(got) != string(must(strategy.Marshal(&want))) {
		t.Errorf("saved plan:\n%s\nwant:\n%s", got, must(strategy.Marshal(&want)))
	}
	md, err := os.ReadFile(opts.OutputPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "None of our buyers are on social media") {
		t.Errorf("document does not give the reason:\n%s", md)
	}
}

// TestRunAccessibleDefaults answers only the questions that need an answer
// and takes every offered default with an empty line, through to the end.
func TestRunAccessibleDefaults(t *testing.T) {
	dir := t.TempDir()
	opts := Options{AnswersPath: filepath.Join(dir, "a.yaml"), OutputPath: filepath.Join(dir, "s.md")}
	lines := []string{
		"2",                   // norsk
		"Nordlys", "", "", "", // name, kind, about, audiences
		"1",         // presence: yes
		"3",         // LinkedIn
		"",          // no other channels
		"",          // why LinkedIn: left open
		"2",         // share
		"",          // goal
		"",          // where the goal starts: left open
		"1 2 3", "", // measures: the three offered, no others
		"", "", "", "", // audience, owner, cadence, tone
		"", "", "", "", // voice: tone, spokespeople, names, guidelines
		"", "", "", "", "", "", "", // responses
		"", "", "", "", "", "", // incident: lead, channels, first steps, statement, interval, afterwards
		"", "", "", "", "", // listening and review
	}
	var out bytes.Buffer
	err := RunAccessible(strategy.New(""), opts, strings.NewReader(strings.Join(lines, "\n")+"\n"), &out, nil)
	if err != nil {
		t.Fatalf("RunAccessible() = %v", err)
	}
	p, err := strategy.Parse("a.yaml", must(os.ReadFile(opts.AnswersPath)))
	if err != nil {
		t.Fatalf("saved answers are invalid: %v\n%s", err, out.String())
	}
	c := p.Channel("linkedin")
	switch {
	case p.Language != "nb":
		t.Errorf("Language = %q, want nb", p.Language)
	case c == nil || len(c.Purposes) != 1 || c.Purposes[0] != "share":
		t.Errorf("channels = %+v, want LinkedIn for sharing", p.Channels)
	case strings.Join(c.Measures, ", ") != "engasjementsrate, delinger, kommentarer":
		t.Errorf("measures = %q, want the suggested ones in bokmål", c.Measures)
	case p.Responses.Praise.ResponseTime != "24 timer" || p.Listening.Terms[0] != "Nordlys":
		t.Errorf("offered defaults not kept: praise %+v, listening %+v", p.Responses.Praise, p.Listening)
	case p.Organisation.Kind != strategy.KindBusiness:
		t.Errorf("Kind = %q, want the offered %q", p.Organisation.Kind, strategy.KindBusiness)
	case len(p.Responses.Incident.FirstSteps) == 0 || p.Responses.Incident.FirstSteps[0] != "Stans planlagte innlegg" ||
		p.Responses.Incident.UpdateInterval != "annenhver time" || p.Responses.Incident.Afterwards == "":
		t.Errorf("incident = %+v, want the offered first steps, interval and review in bokmål", p.Responses.Incident)
	}
	if md := string(must(os.ReadFile(opts.OutputPath))); !strings.Contains(md, "## Ikke avklart ennå") {
		t.Errorf("document has no open points section:\n%s", md)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestRunAccessibleInputEnds: answers that run out mid-interview stop it;
// the pages answered before are saved, and no document is written.
func TestRunAccessibleInputEnds(t *testing.T) {
	dir := t.TempDir()
	opts := Options{AnswersPath: filepath.Join(dir, "a.yaml"), OutputPath: filepath.Join(dir, "s.md")}
	in := "1\nNordlys\n\nBakery\nFamilies\n" // the presence question gets no answer
	err := RunAccessible(strategy.New(""), opts, strings.NewReader(in), new(bytes.Buffer), nil)
	if !errors.Is(err, ErrInputEnded) {
		t.Fatalf("RunAccessible() = %v, want ErrInputEnded", err)
	}
	p, err := strategy.ParseDraft("a.yaml", must(os.ReadFile(opts.AnswersPath)))
	if err != nil {
		t.Fatal(err)
	}
	if p.Organisation.Name != "Nordlys" || p.Presence != "" {
		t.Errorf("saved: name %q, presence %q; want Nordlys and no presence", p.Organisation.Name, p.Presence)
	}
	if _, err := os.Stat(opts.OutputPath); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a document was written: %v", err)
	}
}

// TestRunAccessibleSeparators: in plain prompts ";" separates the items of
// every list, and "," those of the short ones.
func TestRunAccessibleSeparators(t *testing.T) {
	var names, lines []string
	a := newAnswers(strategy.New("en"))
	a.accessible = true
	a.list("voice.spokespeople_names", a.title("voice.spokespeople_names"), a.help("voice.spokespeople_names"), &names)
	a.lines("voice.guidelines", a.title("voice.guidelines"), a.help("voice.guidelines"), &lines)
	for _, tt := range []struct {
		key, in, want string
		got           *[]string
	}{
		{"voice.spokespeople_names", "Ann; Bob", "Ann|Bob", &names},
		{"voice.spokespeople_names", "Ann, Bob;Cy", "Ann|Bob|Cy", &names},
		{"voice.spokespeople_names", "Ann", "Ann", &names},
		{"voice.guidelines", "Ask first, always; Be kind", "Ask first, always|Be kind", &lines},
	} {
		lr := &lineReader{r: bufio.NewReader(strings.NewReader(tt.in + "\n"))}
		if err := a.ask(a.spec(tt.key), lr, io.Discard); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(*tt.got, "|"); got != tt.want {
			t.Errorf("%s: answer %q gives %q, want %q", tt.key, tt.in, got, tt.want)
		}
	}
}
