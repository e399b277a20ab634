package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestStoppedNamesTheKeptAnswers: after a quit without saving, the
// closing message names the file that keeps the answers not saved.
func TestStoppedNamesTheKeptAnswers(t *testing.T) {
	for _, lang := range []string{"en", "nb", "nn"} {
		var b bytes.Buffer
		stoppedKept(&b, "plan.yaml", true, "plan.unsaved.yaml", lang)
		if got := b.String(); !strings.Contains(got, "plan.unsaved.yaml") || !strings.Contains(got, "edit plan.unsaved.yaml") {
			t.Errorf("%s: %q; want it to name plan.unsaved.yaml and how to go on from it", lang, got)
		}
	}
}
