package eu.buyzet.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;
import org.netbeans.lib.profiler.heap.PrimitiveArrayInstance;

/**
 * What holds the heap of a signed-in session, from a heap dump of the harness's heap phase
 * ({@code bench/run.sh --only-heap --heap-dump}). A class histogram says how much of each class one
 * more session adds, not who keeps it; this prints, for the session objects, their retained size
 * (what would be freed with them), and for the classes that grow most per session, the paths from a
 * GC root that hold their instances, grouped, so that what a session keeps outside its own
 * VaadinSession (a WebSocket's buffers in the container, say) is named too.
 *
 * <p>Usage: {@code SessionRetainers DUMP [CLASS...]}; the classes default to char[], byte[] and
 * Object[].
 */
public final class SessionRetainers {

    private static final int PATH_DEPTH = 7;
    private static final int SAMPLE = 400;

    private SessionRetainers() {
    }

    public static void main(String[] args) throws Exception {
        Heap heap = HeapFactory.createHeap(new File(args[0]));
        List<String> classes = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("char[]", "byte[]", "java.lang.Object[]");
        for (String owner : List.of("com.vaadin.flow.server.VaadinSession", "com.vaadin.flow.spring.SpringVaadinSession",
                "org.apache.catalina.session.StandardSession", "com.vaadin.flow.component.UI",
                "org.apache.tomcat.websocket.server.WsHttpUpgradeHandler", "org.apache.tomcat.websocket.WsSession",
                "org.atmosphere.cpr.AtmosphereResourceImpl")) {
            JavaClass type = heap.getJavaClassByName(owner);
            if (type == null) {
                continue;
            }
            List<Instance> instances = type.getInstances();
            long retained = instances.stream().mapToLong(Instance::getRetainedSize).sum();
            System.out.printf("%-60s %4d instances, retained %,d bytes in all, %,d each on average%n", owner,
                    instances.size(), retained, instances.isEmpty() ? 0 : retained / instances.size());
        }
        for (String name : classes) {
            JavaClass type = heap.getJavaClassByName(name);
            if (type == null) {
                System.out.println("no class " + name);
                continue;
            }
            List<Instance> largest = new ArrayList<>(type.getInstances());
            largest.sort(Comparator.comparingLong(Instance::getSize).reversed());
            Map<String, long[]> byPath = new HashMap<>();
            for (Instance i : largest.subList(0, Math.min(SAMPLE, largest.size()))) {
                long[] countAndBytes = byPath.computeIfAbsent(pathOf(i), p -> new long[2]);
                countAndBytes[0]++;
                countAndBytes[1] += i.getSize();
            }
            System.out.printf("%n%s: the %d largest instances (of %d), grouped by what holds them%n", name,
                    Math.min(SAMPLE, largest.size()), largest.size());
            LinkedHashMap<String, long[]> sorted = new LinkedHashMap<>();
            byPath.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            sorted.forEach((path, cb) -> System.out.printf("%6d × %,10d bytes  %s%n", cb[0], cb[1], path));
        }
        sessionStrings(heap);
    }

    /**
     * Every String whose path from a GC root passes a UI, a VaadinSession or a StateNode (what pages
     * hold), grouped by its three nearest holders, with its characters' array and an example: what
     * named the footprint card's sources and the last response as the largest parts (decision 065).
     */
    private static void sessionStrings(Heap heap) {
        JavaClass type = heap.getJavaClassByName("java.lang.String");
        Map<String, long[]> byHolders = new HashMap<>();
        Map<String, String> example = new HashMap<>();
        for (Instance string : type.getInstances()) {
            StringBuilder holders = new StringBuilder();
            boolean page = false;
            Instance current = string;
            for (int depth = 0; depth < 40; depth++) {
                Instance holder = current.getNearestGCRootPointer();
                if (holder == null || holder == current) {
                    break;
                }
                String name = holder.getJavaClass().getName();
                if (depth < 3) {
                    holders.append(" ← ").append(name);
                }
                page |= name.equals("com.vaadin.flow.component.UI") || name.endsWith("VaadinSession")
                        || name.equals("com.vaadin.flow.internal.StateNode");
                current = holder;
            }
            if (!page) {
                continue;
            }
            long size = string.getSize() + (string.getValueOfField("value") instanceof Instance chars ? chars.getSize() : 0);
            long[] countAndBytes = byHolders.computeIfAbsent(holders.toString(), h -> new long[2]);
            countAndBytes[0]++;
            countAndBytes[1] += size;
            example.putIfAbsent(holders.toString(), text(string));
        }
        System.out.printf("%nStrings the pages hold, grouped by their three nearest holders%n");
        byHolders.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                .forEach(e -> System.out.printf("%6d × %,10d bytes %s%n           e.g. %s%n", e.getValue()[0],
                        e.getValue()[1], e.getKey(), example.get(e.getKey())));
    }

    /** The first characters of a String, Latin-1 or UTF-16 alike (an example, not an exact copy). */
    private static String text(Instance string) {
        if (!(string.getValueOfField("value") instanceof PrimitiveArrayInstance array)) {
            return "?";
        }
        // a String's coder is 1 for UTF-16 (two bytes a char, little-endian on this platform), 0 for Latin-1
        boolean utf16 = "1".equals(String.valueOf(string.getValueOfField("coder")));
        List<?> bytes = array.getValues();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + (utf16 ? 1 : 0) < bytes.size() && text.length() < 60; i += utf16 ? 2 : 1) {
            int low = Integer.parseInt(String.valueOf(bytes.get(i))) & 0xff;
            int high = utf16 ? Integer.parseInt(String.valueOf(bytes.get(i + 1))) & 0xff : 0;
            text.append((char) (low | high << 8));
        }
        return text.toString().replace('\n', ' ');
    }

    /** The classes (and fields) on the way from the nearest GC root to the instance, nearest first. */
    private static String pathOf(Instance instance) {
        StringBuilder path = new StringBuilder(instance.getJavaClass().getName());
        Instance current = instance;
        for (int depth = 0; depth < PATH_DEPTH; depth++) {
            Instance holder = current.getNearestGCRootPointer();
            if (holder == null || holder == current) {
                path.append(" ← (root)");
                break;
            }
            String field = fieldName(holder, current);
            path.append(" ← ").append(holder.getJavaClass().getName()).append(field.isEmpty() ? "" : "." + field);
            current = holder;
        }
        return path.toString();
    }

    private static String fieldName(Instance holder, Instance target) {
        for (var value : holder.getFieldValues()) {
            if (value instanceof org.netbeans.lib.profiler.heap.ObjectFieldValue object
                    && object.getInstanceId() == target.getInstanceId()) {
                return value.getField().getName();
            }
        }
        return "";
    }
}
