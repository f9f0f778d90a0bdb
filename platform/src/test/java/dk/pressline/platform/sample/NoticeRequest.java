package dk.pressline.platform.sample;

import dk.pressline.platform.web.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

record NoticeRequest(
        @NotBlank @Size(max = 40) String advertiserId,
        @NotBlank @Size(max = 80) @PlainText String title,
        @NotNull Notice.Kind kind,
        @Min(1) @Max(5) int priority,
        @NotNull OffsetDateTime showsFrom) {}
