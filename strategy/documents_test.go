package strategy

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDocuments: a document is ours while it holds what was last written;
// edited or someone else's, Write keeps it under a free name first.
func TestDocuments(t *testing.T) {
	dir := t.TempDir()
	d := Documents{Record: filepath.Join(dir, "state", "written")}
	doc := filepath.Join(dir, "strategy.md")
	state := func(want DocState) {
		t.Helper()
		if got, _, err := d.State(doc); err != nil || got != want {
			t.Fatalf("State() = %v, %v; want %v", got, err, want)
		}
	}
	state(DocNew)
	if kept, err := d.Write(doc, []byte("one\n")); err != nil || kept != "" {
		t.Fatalf("Write(new) = %q, %v", kept, err)
	}
	state(DocOurs)
	if kept, err := d.Write(doc, []byte("two\n")); err != nil || kept != "" {
		t.Fatalf("Write(ours) = %q, %v; want nothing kept", kept, err)
	}
	if err := os.WriteFile(doc, []byte("two\nedited\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	state(DocEdited)
	for i, want := range []string{"strategy.edited.md", "strategy.edited-2.md"} {
		if err := os.WriteFile(doc, []byte("edited again\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		kept, err := d.Write(doc, []byte("three\n"))
		if err != nil || kept != filepath.Join(dir, want) {
			t.Fatalf("Write(edited) #%d = %q, %v; want %s", i+1, kept, err, want)
		}
		if got, _ := os.ReadFile(kept); string(got) != "edited again\n" {
			t.Errorf("kept %q, want the edited document", got)
		}
	}
	other := filepath.Join(dir, "notes.md")
	if err := os.WriteFile(other, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := d.State(other); got != DocForeign {
		t.Errorf("State(someone else's file) = %v, want DocForeign", got)
	}
	if got, _, _ := d.State(dir); got != DocNew {
		t.Errorf("State(a folder) = %v, want DocNew (writing refuses it)", got)
	}
}
