package org.civicvoice.participation.organisation.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/** What a platform administrator enters for a government body: its texts in the default language and the others. */
public record BodyDraft(
        @NotBlank(message = "{validation.required}") @Size(max = BodySlug.MAX_LENGTH, message = "{validation.tooLong}")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{validation.slug}") String slug,
        @NotBlank(message = "{validation.required}") @Size(max = Body.NAME_LENGTH, message = "{validation.tooLong}") String name,
        @Size(max = Body.SHORT_NAME_LENGTH, message = "{validation.tooLong}") String shortName,
        @NotNull(message = "{validation.required}") BodyKind kind,
        String parent,
        String region,
        @Size(max = Body.DESCRIPTION_LENGTH, message = "{validation.tooLong}") String description,
        @Email(message = "{validation.email}") @Size(max = Body.EMAIL_LENGTH, message = "{validation.tooLong}") String contactEmail,
        @Size(max = Body.PHONE_LENGTH, message = "{validation.tooLong}") String contactPhone,
        @Size(max = Body.WEBSITE_LENGTH, message = "{validation.tooLong}")
        @Pattern(regexp = Body.WEBSITE_FORM, message = "{validation.website}") String website,
        @Size(max = Body.ADDRESS_LENGTH, message = "{validation.tooLong}") String address,
        List<String> topics,
        Map<String, BodyText> translations) {

    public BodyDraft {
        topics = topics == null ? List.of() : List.copyOf(topics);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }
}
