package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/tui"
	"github.com/socialstrategy/socialstrategy/workshop"
)

// workshopData makes a data folder as a server leaves it: kari finished,
// ola halfway with a name full of Markdown, nina with nothing saved, and
// per with a file that cannot be read.
func workshopData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	st, err := workshop.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	write := func(id string, files map[string][]byte) {
		f, err := st.Folder(id, true)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := f.SetMeta(workshop.Meta{Name: strings.ToUpper(id[:1]) + id[1:], LastSeen: time.Now()}); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{workshop.PlanFile, workshop.DocumentFile, workshop.UnsavedFile} {
			if data, ok := files[name]; ok {
				if err := f.WriteFile(name, data); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	done := strategy.Example(strategy.LangEnglish)
	doc, err := tui.Markdown(done)
	if err != nil {
		t.Fatal(err)
	}
	write("kari", map[string][]byte{workshop.PlanFile: mustMarshal(t, done), workshop.DocumentFile: doc})

	half := strategy.New(strategy.LangEnglish)
	half.Organisation.Name = "Ola | [Sykler](http://evil.example) *AS*"
	half.Presence = strategy.PresenceActive
	half.Channels = []strategy.Channel{{ID: "instagram", Goal: "More visits"}}
	write("ola", map[string][]byte{workshop.PlanFile: mustMarshal(t, half), workshop.UnsavedFile: mustMarshal(t, half)})

	write("nina", nil)
	// Past the welcome page only: the language chosen, nothing else.
	write("lea", map[string][]byte{workshop.PlanFile: mustMarshal(t, strategy.New(strategy.LangBokmal))})
	noName := strategy.New(strategy.LangEnglish)
	noName.Presence = strategy.PresenceActive
	write("ida", map[string][]byte{workshop.PlanFile: mustMarshal(t, noName)})
	write("per", map[string][]byte{workshop.PlanFile: []byte("organisation: [not, a, map]\n")})

	// Not made by the server: ignored.
	os.Mkdir(filepath.Join(dir, "participants", "Not An Id"), 0o700)
	return dir
}

func mustMarshal(t *testing.T, p *strategy.Plan) []byte {
	t.Helper()
	data, err := strategy.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestWorkshopStatus(t *testing.T) {
	dir := workshopData(t)
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"workshop", "status", "--data", dir}, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("workshop status = %d, %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	row := func(id string) string {
		for _, l := range lines {
			if strings.HasPrefix(l, id+" ") {
				return l
			}
		}
		t.Fatalf("no row for %s in:\n%s", id, out.String())
		return ""
	}
	_, total := strategy.Example(strategy.LangEnglish).Decided()
	gaps, _, _ := strategy.Tally(strategy.Example(strategy.LangEnglish).Check())
	tests := []struct {
		id    string
		wants []string
	}{
		{"kari", []string{"done", fmt.Sprintf("%d of %d  %d ", total, total, gaps), "just now"}},
		{"ola", []string{"Ola | [Sykler]", "channel plans", "just now"}},
		{"nina", []string{"(no answers yet)", "welcome"}},
		{"lea", []string{"(no answers yet)", "welcome"}},
		{"ida", []string{"(no name yet)", "presence"}},
		{"per", []string{"cannot read the plan"}},
	}
	for _, tt := range tests {
		r := row(tt.id)
		for _, w := range tt.wants {
			if !strings.Contains(r, w) {
				t.Errorf("status row of %s = %q, want it to contain %q", tt.id, r, w)
			}
		}
	}
	if strings.Contains(out.String(), "Not An Id") {
		t.Errorf("status lists a folder the server did not make:\n%s", out.String())
	}
	if r := row("lea"); strings.Contains(r, " of ") {
		t.Errorf("status counts points for a participant who answered nothing yet: %q", r)
	}
	if !strings.Contains(out.String(), "6 participants, 1 finished.") {
		t.Errorf("status has no total line:\n%s", out.String())
	}
	// ola quit a page without saving it: the facilitator is told where
	// those answers are, to give them back; nobody else is named.
	kept := "ola quit a page without saving it; its answers are kept in " + filepath.Join(dir, "participants", "ola", workshop.UnsavedFile) + "."
	if !strings.Contains(out.String(), kept) || strings.Count(out.String(), "quit a page") != 1 {
		t.Errorf("status does not name ola's kept page alone:\n%s", out.String())
	}
}

func TestWorkshopCollect(t *testing.T) {
	dir := workshopData(t)
	outDir := filepath.Join(t.TempDir(), "plans")
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"workshop", "collect", "--data", dir, "-o", outDir}, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("workshop collect = %d, %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "Wrote 3 plans") {
		t.Errorf("collect said %q, want 3 plans written", out.String())
	}
	entries, _ := os.ReadDir(outDir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, ","); got != "ida.md,index.md,kari.md,ola.md" {
		t.Errorf("collect wrote %s, want ida.md, index.md, kari.md and ola.md", got)
	}
	kari, _ := os.ReadFile(filepath.Join(outDir, "kari.md"))
	if want, _ := os.ReadFile(filepath.Join(dir, "participants", "kari", "strategy.md")); len(want) == 0 || !bytes.Equal(kari, want) {
		t.Errorf("kari.md differs from the document the server wrote")
	}
	data, _ := os.ReadFile(filepath.Join(outDir, "index.md"))
	index := string(data)
	for _, want := range []string{
		"[kari](kari.md)",
		"[ola](ola.md)",
		`Ola \| \[Sykler](http://evil.example) \*AS\*`, // escaped as documents are: no link
		"| nina | *no answers yet* |",
		"| lea | *no answers yet* |",
		"[ida](ida.md) | *to be decided* |",
		"| per | *cannot be read* |",
	} {
		if !strings.Contains(index, want) {
			t.Errorf("index.md lacks %q:\n%s", want, index)
		}
	}
}

func TestWorkshopNeedsData(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nothing")
	for _, sub := range []string{"status", "collect"} {
		var out, errOut bytes.Buffer
		code := run(context.Background(), []string{"workshop", sub, "--data", missing}, strings.NewReader(""), &out, &errOut)
		if code != exitInvalid || !strings.Contains(errOut.String(), "holds no workshop") {
			t.Errorf("workshop %s on a missing folder = %d, %q; want %d and a hint", sub, code, errOut.String(), exitInvalid)
		}
		if _, err := os.Stat(missing); err == nil {
			t.Errorf("workshop %s created the data folder", sub)
		}
	}
}

// Wide characters (CJK, two terminal cells each) keep the status table's
// columns in line.
func TestWriteTableWideCharacters(t *testing.T) {
	var b bytes.Buffer
	writeTable(&b, [][]string{{"PARTICIPANT", "ORGANISATION", "STEP"}, {"kari", "東京ベーカリー", "done"}, {"ola", "Olas", "voice"}})
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	col := -1
	for _, l := range lines {
		// The STEP column starts at the same terminal cell on every line.
		i := strings.Index(l, "STEP")
		if i < 0 {
			i = max(strings.Index(l, "done"), strings.Index(l, "voice"))
		}
		at := ansi.StringWidth(l[:i])
		if col >= 0 && at != col {
			t.Fatalf("columns out of line:\n%s", b.String())
		}
		col = at
	}
}

// collect writes the documents for the facilitator only: participants'
// plans are not for everyone on the computer.
func TestWorkshopCollectIsPrivate(t *testing.T) {
	dir := workshopData(t)
	outDir := filepath.Join(t.TempDir(), "plans")
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"workshop", "collect", "--data", dir, "-o", outDir}, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("workshop collect = %d, %s", code, errOut.String())
	}
	filepath.WalkDir(outDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, _ := d.Info()
		if fi.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s has mode %v, want none for group and others", p, fi.Mode().Perm())
		}
		return nil
	})
}

// TestWorkshopStatusSavedSince: a participant who quit a page without
// saving it and saved their plan later is not said to have unsaved
// answers; status says the page's answers are still kept.
func TestWorkshopStatusSavedSince(t *testing.T) {
	dir := t.TempDir()
	st, err := workshop.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := st.Folder("kari", true)
	if err != nil {
		t.Fatal(err)
	}
	p := strategy.New(strategy.LangEnglish)
	p.Organisation.Name = "Bakeriet"
	for _, name := range []string{workshop.UnsavedFile, workshop.PlanFile} {
		if err := f.WriteFile(name, mustMarshal(t, p)); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	st.Close()
	folder := filepath.Join(dir, "participants", "kari")
	kept := filepath.Join(folder, workshop.UnsavedFile)
	status := func() string {
		t.Helper()
		var out, errOut bytes.Buffer
		if code := run(context.Background(), []string{"workshop", "status", "--data", dir}, strings.NewReader(""), &out, &errOut); code != 0 {
			t.Fatalf("workshop status = %d, %s", code, errOut.String())
		}
		return out.String()
	}
	tests := []struct {
		name                string
		unsavedAge, planAge time.Duration
		want, notWant       string
	}{
		{"saved since", 2 * time.Minute, time.Minute,
			"kari quit a page without saving it and has saved since; what that page held is still in " + kept + ".",
			"its answers are kept in"},
		{"not saved since", time.Minute, 2 * time.Minute,
			"kari quit a page without saving it; its answers are kept in " + kept + ".",
			"has saved since"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := time.Now()
			for name, age := range map[string]time.Duration{workshop.UnsavedFile: tt.unsavedAge, workshop.PlanFile: tt.planAge} {
				if err := os.Chtimes(filepath.Join(folder, name), now.Add(-age), now.Add(-age)); err != nil {
					t.Fatal(err)
				}
			}
			out := status()
			if !strings.Contains(out, tt.want) || strings.Contains(out, tt.notWant) {
				t.Errorf("status =\n%s\nwant %q and not %q", out, tt.want, tt.notWant)
			}
			if _, err := os.Stat(kept); err != nil {
				t.Errorf("status removed the kept answers: %v", err)
			}
		})
	}
}

// TestWorkshopStatusNamesTheNewestKept: with two pages kept aside, status
// names the newest and lists the earlier one.
func TestWorkshopStatusNamesTheNewestKept(t *testing.T) {
	dir := t.TempDir()
	st, err := workshop.OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := st.Folder("kari", true)
	if err != nil {
		t.Fatal(err)
	}
	p := strategy.New(strategy.LangEnglish)
	for _, name := range []string{workshop.PlanFile, workshop.UnsavedFile, workshop.UnsavedName(2)} {
		if err := f.WriteFile(name, mustMarshal(t, p)); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	st.Close()
	folder := filepath.Join(dir, "participants", "kari")
	now := time.Now()
	for name, age := range map[string]time.Duration{workshop.PlanFile: 3 * time.Minute, workshop.UnsavedFile: 2 * time.Minute, workshop.UnsavedName(2): time.Minute} {
		if err := os.Chtimes(filepath.Join(folder, name), now.Add(-age), now.Add(-age)); err != nil {
			t.Fatal(err)
		}
	}
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"workshop", "status", "--data", dir}, strings.NewReader(""), &out, &errOut); code != 0 {
		t.Fatalf("workshop status = %d, %s", code, errOut.String())
	}
	want := "kari quit a page without saving it; its answers are kept in " + filepath.Join(folder, workshop.UnsavedName(2)) +
		" (earlier pages kept aside beside it: " + workshop.UnsavedFile + ")."
	if !strings.Contains(out.String(), want) {
		t.Errorf("status =\n%s\nwant %q", out.String(), want)
	}
}
