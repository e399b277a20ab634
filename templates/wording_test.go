package templates

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// badWording is wording a communications adviser struck out of the
// rendered documents, with what it says instead. No fixed text, and no
// answer in the model example or the kinds' plans, may bring it back.
var badWording = []struct {
	re  *regexp.Regexp
	why string
}{
	{regexp.MustCompile(`Måltall:|Måltal:|Targets:`), `the measures are indicators, not targets: "Slik måler vi:" / "How we measure it:"`},
	{regexp.MustCompile(`(?i)nedenfor i:|nedanfor i:|below on:|below in:`), `a sentence reads its channels: "Publiser førstemeldingen på Facebook og Instagram"`},
	{regexp.MustCompile(`Vår første melding|Den første meldinga vår`), `the holding statement is a "Førstemelding"`},
	{regexp.MustCompile(`## Vår beslutning`), `"Beslutningen vår"`},
	{regexp.MustCompile(`(?i)svar på spørsmål og dialog|answering questions and dialogue`), `a purpose is a verb phrase: "svare på spørsmål og ha dialog"`},
	{regexp.MustCompile(`(?i:nå våre e(i)?gne|our own people)|, våre e(i)?gne \|`), `internal communication, or the kind's own members`},
	{regexp.MustCompile(`(?i)medarbeid(ere|arar) eller frivillige|employees or volunteers|students and employees|elever, studenter og ansatte|elevar, studentar og tilsette`), `recruit in the kind's words`},
	{regexp.MustCompile(`, kriser \||, kriser,|\| kriser`), `incidents, not crises: "hendelser" / "hendingar"`},
	{regexp.MustCompile(`kommunikasjonsstrategien til verksemda|virksomhetens kommunikasjonsstrategi`), `a public body's strategy is "ours", not "virksomhetens"`},
	{regexp.MustCompile(`(?i)tofaktorinnlogging|two-factor login`), `the term is two-factor authentication: "tofaktorautentisering"`},
	{regexp.MustCompile(`(?i)no text only in pictures`), `"Never put information only in an image"`},
	{regexp.MustCompile(`(?m)^\| \d+\\\.\d`), `a version such as 1.0 is no list marker and needs no backslash`},
	{regexp.MustCompile(`Skolens kontor|Fylkets utdanningsavdeling|førsteval-søkjarar|friviljug|lønner seg best og fyller rolege|Dei er dei fleste av|De er de fleste av`), `the plans' own words, as the adviser corrected them`},
}

// checkWording reports every struck-out phrase in a document.
func checkWording(t *testing.T, name, doc string) {
	t.Helper()
	for _, w := range badWording {
		if m := w.re.FindString(doc); m != "" {
			t.Errorf("%s says %q; %s", name, m, w.why)
		}
	}
}

func TestDocumentWording(t *testing.T) {
	// The model example and every kind's plan, in every language, and
	// every golden document on disk (the tricky and v1 plans too).
	for _, lang := range strategy.Languages {
		for _, doc := range strategy.Languages {
			checkWording(t, "Render(Example("+lang+"), "+doc+")", mustRender(t, strategy.Example(lang), Options{Lang: doc}))
		}
	}
	for name, p := range kindPlans(t) {
		for _, doc := range strategy.Languages {
			checkWording(t, "Render("+name+", "+doc+")", mustRender(t, p, Options{Lang: doc, Checklist: true}))
		}
	}
	files, err := filepath.Glob(filepath.Join("testdata", "TestGolden*", "*.golden"))
	if err != nil || len(files) < 40 {
		t.Fatalf("Glob(golden documents) = %d files, %v; want the golden documents", len(files), err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkWording(t, f, string(data))
	}
}

func TestWordingCatchesTheOldPhrases(t *testing.T) {
	// The lines the adviser struck out, as the documents printed them:
	// each must still be caught, so the test above cannot pass by a typo.
	for _, line := range []string{
		"- **Måltall:** svartid, svarandel",
		"- **Måltal:** søknader",
		"4. Publiser den første meldingen nedenfor i: Facebook, Instagram",
		"4. Post the first statement below on: Facebook",
		"Vår første melding:",
		"- **Formål:** Informere om aktiviteter og arrangementer, svar på spørsmål og dialog",
		"| Instagram | @nordbyilfotball | inspirere, våre egne | Per (trener) |",
		"- **Føremål:** Rekruttere medarbeidarar eller frivillige, inspirere og engasjere",
		"| Facebook | – | informere, svare på spørsmål, kriser | Skulekontoret |",
		"virksomhetens kommunikasjonsstrategi, og de samme reglene gjelder",
		"- Tofaktorinnlogging på alle kontoer",
		"| 1\\.0 | 2027-03-10 | Siri Dahl |",
	} {
		caught := false
		for _, w := range badWording {
			caught = caught || w.re.MatchString(line)
		}
		if !caught {
			t.Errorf("badWording misses %q", line)
		}
	}
}

func TestListsInSentences(t *testing.T) {
	// A sentence reads its channels with "and"/"og"; purposes, themes,
	// scenarios and contacts, whose items may hold "and" or a comma or
	// start with a capital, are a bullet list under their label; a channel with no audience of its own
	// names the audiences that say they are on it.
	p := strategy.Example(strategy.LangEnglish)
	p.Channels[0].Themes = []string{"Match days", "Volunteers and dugnad"}
	p.Channels[0].Audience = ""
	p.Channels[1].Audience = ""
	p.Organisation.Audiences = []strategy.Audience{
		{Name: "Parents", Where: []string{p.Channels[0].ID}},
		{Name: "Players", Where: []string{p.Channels[0].ID}},
		{Name: "Press"},
	}
	p.Responses.Incident.Channels = []string{"facebook", "instagram", "fjordvik.kommune.no"}
	p.Responses.Incident.Scenarios = []string{"Storm"}
	want := map[string][]string{
		strategy.LangEnglish: {
			"**What we post about:**\n  - Match days\n  - Volunteers and dugnad\n",
			"**What we use it for:**\n  - Inspire and engage\n  - Inform about products, services and events\n  - Listen to what is said\n",
			"Post the first statement below on Facebook, Instagram and fjordvik.kommune.no\n",
			"- **What we have prepared for:** Storm\n",
			"- **Audience:** Parents, Players\n",
			"- **Audience:** *To be decided*\n",
		},
		strategy.LangBokmal: {
			"**Dette publiserer vi om:**\n  - Match days\n  - Volunteers and dugnad\n",
			"Publiser førstemeldingen på Facebook, Instagram og fjordvik.kommune.no\n",
			"- **Dette har vi forberedt oss på:** Storm\n",
			"- **Målgruppe:** Parents, Players\n",
			"- **Målgruppe:** *Ikke avklart ennå*\n",
		},
		strategy.LangNynorsk: {
			"**Dette publiserer vi om:**\n  - Match days\n  - Volunteers and dugnad\n",
			"Publiser førstemeldinga på Facebook, Instagram og fjordvik.kommune.no\n",
			"- **Dette har vi førebudd oss på:** Storm\n",
			"- **Målgruppe:** Parents, Players\n",
			"- **Målgruppe:** *Ikkje avklart enno*\n",
		},
	}
	for lang, wants := range want {
		md := mustRender(t, p, Options{Lang: lang})
		for _, w := range wants {
			if !strings.Contains(md, w) {
				t.Errorf("Render(%s) has no %q:\n%s", lang, w, md)
			}
		}
	}
	// Two channels: "Facebook and Instagram", no comma.
	p.Responses.Incident.Channels = []string{"facebook", "instagram"}
	if md := mustRender(t, p, Options{Lang: strategy.LangBokmal}); !strings.Contains(md, "på Facebook og Instagram\n") {
		t.Errorf("Render(nb) does not join two channels with og:\n%s", md)
	}
}
