package dk.pressline.platform.sample;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
class NoticeStore {

    private final Map<String, Notice> notices = new ConcurrentHashMap<>();

    Notice add(NoticeRequest request) {
        var notice = new Notice(
                UUID.randomUUID().toString(),
                1,
                request.advertiserId(),
                request.title(),
                request.kind(),
                request.priority(),
                request.showsFrom(),
                Instant.now());
        notices.put(notice.id(), notice);
        return notice;
    }

    Notice replace(Notice current, NoticeRequest request) {
        var notice = new Notice(
                current.id(),
                current.version() + 1,
                request.advertiserId(),
                request.title(),
                request.kind(),
                request.priority(),
                request.showsFrom(),
                Instant.now());
        notices.put(notice.id(), notice);
        return notice;
    }

    Optional<Notice> find(String id) {
        return Optional.ofNullable(notices.get(id));
    }

    List<Notice> all() {
        return notices.values().stream()
                .sorted(Comparator.comparing(Notice::updatedAt))
                .toList();
    }

    int count() {
        return notices.size();
    }
}
