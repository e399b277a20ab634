package workshop

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestKeptAside: the page a participant kept aside is named on their next
// session only while it is newer than their saved plan, the newest one
// when there are several.
func TestKeptAside(t *testing.T) {
	dir := t.TempDir()
	st, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	f, err := st.Folder("kari", true)
	if err != nil {
		t.Fatal(err)
	}
	at := func(name string, when time.Time) {
		t.Helper()
		if err := f.WriteFile(name, []byte("version: 2\n")); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(filepath.Join(dir, "participants", "kari", name), when, when); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	if got := f.KeptAside(); got != "" {
		t.Errorf("nothing kept: KeptAside = %q", got)
	}
	at(UnsavedFile, now.Add(-time.Hour))
	if got := f.KeptAside(); got != UnsavedFile {
		t.Errorf("a page kept, no plan saved: KeptAside = %q, want %s", got, UnsavedFile)
	}
	at(PlanFile, now.Add(-30*time.Minute))
	if got := f.KeptAside(); got != "" {
		t.Errorf("the plan saved since: KeptAside = %q, want none", got)
	}
	at(UnsavedName(2), now.Add(-time.Minute))
	if got := f.KeptAside(); got != UnsavedName(2) {
		t.Errorf("a second page kept after the save: KeptAside = %q, want %s", got, UnsavedName(2))
	}
}
