package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/socialstrategy/socialstrategy/strategy"
)

func TestRunAccessibleWritesHTML(t *testing.T) {
	// -o strategy.html at the start: the interview ends with a web page.
	dir := t.TempDir()
	opts := Options{AnswersPath: filepath.Join(dir, "a.yaml"), OutputPath: filepath.Join(dir, "strategy.html")}
	in := strings.Join([]string{"1", "Solsiden <Bakeri>", "", "", "", "2", "Not now", "", ""}, "\n") + "\n"
	var out bytes.Buffer
	if err := RunAccessible(strategy.New(""), opts, strings.NewReader(in), &out, []string{"TERM=dumb"}); err != nil {
		t.Fatalf("RunAccessible() = %v\n%s", err, out.String())
	}
	page := string(must(os.ReadFile(opts.OutputPath)))
	if !strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\"en\">") || !strings.Contains(page, "Solsiden &lt;Bakeri&gt;") || strings.Contains(page, "<Bakeri>") {
		t.Errorf("strategy.html is not the page, or shows the name as markup:\n%s", page)
	}
}
