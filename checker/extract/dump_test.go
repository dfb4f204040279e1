package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/factlint/factlint/checker/document"
)

func TestDump(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(p)
	d, err := document.Parse(p, src)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Extract(d) {
		fmt.Printf("%d:%d %-11s %q v=%v q=%s ev=%s subj=%s mods=%v scope=%q sup=%v sub=%v src=%+v spk=%+v\n", c.Line, c.Column, c.Kind, c.Text, c.Value, c.Qualifier, c.Event, c.Subject, c.Modifiers, c.Scope, c.Superseded, c.Subset, c.Source, c.Speaker)
	}
}
