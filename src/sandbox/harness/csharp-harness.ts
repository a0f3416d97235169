/**
 * The C# test harness: a tiny xUnit-compatible layer (namespace `Xunit`: `[Fact]`, `[Fact(Skip = "...")]`, `Assert.Equal
 * / NotEqual / True / False / Null / NotNull / Same / Throws<T> / Contains / Empty`), compiled in with one mcs call
 * together with the answer, the task's tests and a reflection runner (`AibaasHarness.Runner`, the assembly's entry
 * point via -main). Debug.Assert does not fail a test under Mono: task tests must use Assert.
 *
 * The runner reads the report marker from the first line of stdin (fed by the run script through a here-document),
 * then replaces Console.In with an empty reader. It runs every `[Fact]` method (non-abstract classes, sorted by full
 * name) on a fresh instance (IDisposable instances are disposed) and writes, on its own stream over fd 1 (after
 * flushing Console.Out/Console.Error), one marked JSON line per test and a final done line:
 *   {"event":"test","name":"SolutionTests.Adds","outcome":"passed"|"failed"|"error"|"skipped","message"?:...}
 *   {"event":"done"}
 * An Xunit.Sdk.XunitException (a failed Assert) is `failed`; any other exception `error`. Residual risk, as in the
 * Python harness: the answer runs in the runner's process and could find the marker by reflection.
 */
export const CSHARP_XUNIT = String.raw`
using System;
using System.Collections;
using System.Collections.Generic;

namespace Xunit.Sdk
{
    public class XunitException : Exception
    {
        public XunitException(string message) : base(message) { }
    }
}

namespace Xunit
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class FactAttribute : Attribute
    {
        public string Skip { get; set; }
        public string DisplayName { get; set; }
    }

    public static class Assert
    {
        static string Show(object value)
        {
            if (value == null) return "null";
            if (value is string) return "\"" + value + "\"";
            var items = value as IEnumerable;
            if (items != null)
            {
                var parts = new List<string>();
                foreach (var item in items) parts.Add(Show(item));
                return "[" + string.Join(", ", parts) + "]";
            }
            return value.ToString();
        }

        static bool DeepEqual(object expected, object actual)
        {
            if (expected == null || actual == null) return expected == null && actual == null;
            if (expected is string || actual is string) return Equals(expected, actual);
            var left = expected as IEnumerable;
            var right = actual as IEnumerable;
            if (left != null && right != null)
            {
                var a = left.GetEnumerator();
                var b = right.GetEnumerator();
                while (true)
                {
                    bool more = a.MoveNext();
                    if (more != b.MoveNext()) return false;
                    if (!more) return true;
                    if (!DeepEqual(a.Current, b.Current)) return false;
                }
            }
            return Equals(expected, actual);
        }

        static Exception Failure(string message) { return new Xunit.Sdk.XunitException(message); }

        public static void Equal<T>(T expected, T actual)
        {
            if (!DeepEqual(expected, actual)) throw Failure("Assert.Equal() Failure\nExpected: " + Show(expected) + "\nActual:   " + Show(actual));
        }

        public static void Equal(double expected, double actual, int precision)
        {
            if (Math.Round(expected, precision) != Math.Round(actual, precision))
                throw Failure("Assert.Equal() Failure\nExpected: " + expected + "\nActual:   " + actual + " (precision " + precision + ")");
        }

        public static void NotEqual<T>(T expected, T actual)
        {
            if (DeepEqual(expected, actual)) throw Failure("Assert.NotEqual() Failure\nExpected: Not " + Show(expected) + "\nActual:   " + Show(actual));
        }

        public static void True(bool condition) { True(condition, null); }
        public static void True(bool condition, string userMessage)
        {
            if (!condition) throw Failure(userMessage ?? "Assert.True() Failure\nExpected: True\nActual:   False");
        }

        public static void False(bool condition) { False(condition, null); }
        public static void False(bool condition, string userMessage)
        {
            if (condition) throw Failure(userMessage ?? "Assert.False() Failure\nExpected: False\nActual:   True");
        }

        public static void Null(object value)
        {
            if (value != null) throw Failure("Assert.Null() Failure\nExpected: null\nActual:   " + Show(value));
        }

        public static void NotNull(object value)
        {
            if (value == null) throw Failure("Assert.NotNull() Failure");
        }

        public static void Same(object expected, object actual)
        {
            if (!ReferenceEquals(expected, actual)) throw Failure("Assert.Same() Failure");
        }

        public static void Contains<T>(T expected, IEnumerable<T> collection)
        {
            foreach (var item in collection) if (DeepEqual(expected, item)) return;
            throw Failure("Assert.Contains() Failure\nNot found: " + Show(expected));
        }

        public static void Contains(string expectedSubstring, string actualString)
        {
            if (actualString == null || !actualString.Contains(expectedSubstring))
                throw Failure("Assert.Contains() Failure\nNot found: " + Show(expectedSubstring) + "\nIn value:  " + Show(actualString));
        }

        public static void Empty(IEnumerable collection)
        {
            foreach (var item in collection) throw Failure("Assert.Empty() Failure\nCollection: " + Show(collection));
        }

        public static void NotEmpty(IEnumerable collection)
        {
            foreach (var item in collection) return;
            throw Failure("Assert.NotEmpty() Failure");
        }

        public static T Throws<T>(Action testCode) where T : Exception
        {
            return Check<T>(Record(testCode));
        }

        public static T Throws<T>(Func<object> testCode) where T : Exception
        {
            return Check<T>(Record(() => testCode()));
        }

        static Exception Record(Action testCode)
        {
            try { testCode(); return null; }
            catch (Exception error) { return error; }
        }

        static T Check<T>(Exception error) where T : Exception
        {
            if (error == null) throw Failure("Assert.Throws() Failure\nExpected: " + typeof(T).FullName + "\nActual:   (No exception was thrown)");
            if (error.GetType() != typeof(T))
                throw Failure("Assert.Throws() Failure\nExpected: " + typeof(T).FullName + "\nActual:   " + error.GetType().FullName + ": " + error.Message);
            return (T)error;
        }

        public static void Fail(string message) { throw Failure(message); }
    }
}
`;

export const CSHARP_RUNNER = String.raw`
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace AibaasHarness
{
    public static class Runner
    {
        const int MessageLimit = 2000;

        public static int Main(string[] args)
        {
            var stdin = Console.OpenStandardInput();
            var line = new List<byte>();
            for (int b = stdin.ReadByte(); b != -1 && b != '\n'; b = stdin.ReadByte()) line.Add((byte)b);
            string marker = Encoding.UTF8.GetString(line.ToArray()).Trim();
            Console.SetIn(TextReader.Null);
            Stream report = Console.OpenStandardOutput();
            var tests = new List<MethodInfo>();
            foreach (var type in Assembly.GetExecutingAssembly().GetTypes())
            {
                if (type.Namespace == "AibaasHarness" || type.Namespace == "Xunit" || type.Namespace == "Xunit.Sdk") continue;
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                    if (method.GetCustomAttributes(typeof(Xunit.FactAttribute), true).Length > 0) tests.Add(method);
            }
            foreach (var method in tests.OrderBy(m => m.DeclaringType.FullName + "." + m.Name, StringComparer.Ordinal))
            {
                string name = method.DeclaringType.FullName + "." + method.Name;
                var fact = (Xunit.FactAttribute)method.GetCustomAttributes(typeof(Xunit.FactAttribute), true)[0];
                if (fact.Skip != null)
                {
                    Emit(report, marker, Event(name, "skipped", fact.Skip == "" ? "skipped" : fact.Skip));
                    continue;
                }
                string[] result = Run(method);
                Emit(report, marker, Event(name, result[0], result[1]));
            }
            Emit(report, marker, "{\"event\":\"done\"}");
            return 0;
        }

        static string[] Run(MethodInfo method)
        {
            try
            {
                var type = method.DeclaringType;
                if (method.GetParameters().Length != 0 || type.IsAbstract && !method.IsStatic)
                    return new[] { "error", "a [Fact] method must take no parameters and belong to a concrete class" };
                object instance = method.IsStatic ? null : Activator.CreateInstance(type, true);
                try
                {
                    method.Invoke(instance, null);
                }
                finally
                {
                    var disposable = instance as IDisposable;
                    if (disposable != null) disposable.Dispose();
                }
                return new[] { "passed", null };
            }
            catch (Exception error)
            {
                while (error is TargetInvocationException && error.InnerException != null) error = error.InnerException;
                if (error is Xunit.Sdk.XunitException) return new[] { "failed", Clip(error.Message + Trace(error)) };
                // "out of memory" is what the host's memory heuristic looks for (Mono says "Insufficient memory").
                if (error is OutOfMemoryException) return new[] { "error", Clip("System.OutOfMemoryException (out of memory): " + error.Message + Trace(error)) };
                return new[] { "error", Clip(error.GetType().FullName + ": " + error.Message + Trace(error)) };
            }
        }

        static string Trace(Exception error)
        {
            try
            {
                var lines = (error.StackTrace ?? "").Split('\n').Where(l => !l.Contains("Xunit.Assert") && !l.Contains("System.Reflection") && !l.Contains("AibaasHarness")).Take(5);
                string text = string.Join("\n", lines).TrimEnd();
                return text == "" ? "" : "\n" + text;
            }
            catch
            {
                return "";
            }
        }

        static string Clip(string text)
        {
            return text.Length <= MessageLimit ? text : text.Substring(0, MessageLimit) + "...";
        }

        static string Event(string name, string outcome, string message)
        {
            var json = new StringBuilder("{\"event\":\"test\",\"name\":").Append(Quote(name)).Append(",\"outcome\":").Append(Quote(outcome));
            if (!string.IsNullOrEmpty(message)) json.Append(",\"message\":").Append(Quote(message));
            return json.Append('}').ToString();
        }

        static void Emit(Stream report, string marker, string json)
        {
            try { Console.Out.Flush(); Console.Error.Flush(); } catch { }
            byte[] data = new UTF8Encoding(false).GetBytes(marker + " " + json + "\n");
            try { report.Write(data, 0, data.Length); report.Flush(); } catch (IOException) { }
        }

        static string Quote(string text)
        {
            var output = new StringBuilder("\"");
            foreach (char c in text)
            {
                if (c == '"' || c == '\\') output.Append('\\').Append(c);
                else if (c == '\n') output.Append("\\n");
                else if (c == '\r') output.Append("\\r");
                else if (c == '\t') output.Append("\\t");
                else if (c < 0x20 || char.IsSurrogate(c)) output.Append("\\u").Append(((int)c).ToString("x4"));
                else output.Append(c);
            }
            return output.Append('"').ToString();
        }
    }
}
`;

/**
 * The C# test script (`.aibaas/run.sh`). Arguments: the source files. It reads the report marker and deletes the
 * nonce file before any code of the answer is compiled or run, compiles everything with one mcs call into
 * `.aibaas/tests.exe` (entry point the runner; diagnostics to `.aibaas/build.log`), reports `compiled` or
 * `compile_error`, then replaces itself with mono running the tests, the marker fed on stdin through a here-document.
 */
export const CSHARP_TEST_SCRIPT = String.raw`
marker=$(cat .aibaas/nonce) || exit 90
rm -f .aibaas/nonce
mcs -nologo -debug- -optimize+ -target:exe -main:AibaasHarness.Runner -out:.aibaas/tests.exe \
  -r:System.dll -r:System.Core.dll -r:System.Numerics.dll "$@" < /dev/null > .aibaas/build.log 2>&1
code=$?
if [ "$code" -ne 0 ] || [ ! -f .aibaas/tests.exe ]; then
  printf '%s {"event":"compile_error","exitCode":%d}\n' "$marker" "$code"
  exit 0
fi
printf '%s {"event":"compiled"}\n' "$marker"
exec mono .aibaas/tests.exe <<EOF
$marker
EOF
`;

/** The C# program script: compiles the program file given as the argument, then replaces itself with mono running it. */
export const CSHARP_PROGRAM_SCRIPT = String.raw`
marker=$(cat .aibaas/nonce) || exit 90
rm -f .aibaas/nonce
mcs -nologo -debug- -optimize+ -target:exe -out:.aibaas/program.exe \
  -r:System.dll -r:System.Core.dll -r:System.Numerics.dll "$1" < /dev/null > .aibaas/build.log 2>&1
code=$?
if [ "$code" -ne 0 ] || [ ! -f .aibaas/program.exe ]; then
  printf '%s {"event":"compile_error","exitCode":%d}\n' "$marker" "$code"
  exit 0
fi
printf '%s {"event":"compiled"}\n' "$marker"
exec mono .aibaas/program.exe
`;
