// Command bareform is the yardstick for the wizard's start-up: a bare huh
// form built with the same modules, glamour linked in as the wizard has it.
// BenchmarkFirstFrame runs both side by side in a pseudo-terminal.
package main

import (
	"fmt"
	"os"

	"charm.land/glamour/v2"
	"charm.land/huh/v2"
)

func main() {
	if len(os.Args) > 1 { // never taken by the benchmark; keeps glamour linked
		out, _ := glamour.Render(os.Args[1], "dark")
		fmt.Print(out)
	}
	var name string
	if err := huh.NewForm(huh.NewGroup(huh.NewInput().Title("Language / Språk").Value(&name))).Run(); err != nil {
		os.Exit(1)
	}
}
