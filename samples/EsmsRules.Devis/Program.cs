// An editor's quoting screen: open http://127.0.0.1:5180 (loopback only), edit the grappe, read the figures.
using EsmsRules.Devis;

var app = DevisApp.Build(args);
app.Run();

/// <summary>The entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program
{
}
