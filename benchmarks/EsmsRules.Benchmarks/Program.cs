using BenchmarkDotNet.Running;

namespace EsmsRules.Benchmarks;

public static class Program
{
    /// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/EsmsRules.Benchmarks -- --filter '*'</c>.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
