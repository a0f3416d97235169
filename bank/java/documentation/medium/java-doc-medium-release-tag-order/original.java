import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Solution {
    private static final Pattern TAG = Pattern.compile("v?([0-9]+)\\.([0-9]+)\\.([0-9]+)(?:-rc([0-9]+))?");

    private static long[] key(String tag) {
        Matcher match = TAG.matcher(tag);
        if (!match.matches()) {
            throw new IllegalArgumentException("malformed tag: " + tag);
        }
        boolean candidate = match.group(4) != null;
        return new long[] {
            Long.parseLong(match.group(1)), Long.parseLong(match.group(2)), Long.parseLong(match.group(3)),
            candidate ? 0 : 1, candidate ? Long.parseLong(match.group(4)) : 0,
        };
    }

    public static List<String> orderReleaseTags(List<String> tags) {
        Map<String, long[]> keys = new HashMap<>();
        for (String tag : tags) {
            keys.put(tag, key(tag));
        }
        List<String> sorted = new ArrayList<>(tags);
        sorted.sort(Comparator.comparing(keys::get, java.util.Arrays::compare));
        return sorted;
    }
}
