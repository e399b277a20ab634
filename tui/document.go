package tui

import (
	"bytes"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/templates"
)

// Document renders the finished plan, with its checklist, in the format
// the document's path asks for: strategy.html is a web page that prints
// on A4, strategy.docx a Word file, anything else Markdown.
func Document(p *strategy.Plan, path string) ([]byte, error) {
	f, ok := templates.FormatOf(path)
	if !ok || f == templates.Markdown {
		return Markdown(p)
	}
	var b bytes.Buffer
	err := templates.RenderFormat(&b, p, templates.Options{Checklist: true}, f)
	return b.Bytes(), err
}
