package org.civicvoice.participation.organisation.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a platform administrator enters for a government body. */
public record BodyDraft(
        @NotBlank @Size(max = BodySlug.MAX_LENGTH) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
        @NotBlank @Size(max = Body.NAME_LENGTH) String name,
        @Size(max = Body.SHORT_NAME_LENGTH) String shortName,
        @NotNull BodyKind kind,
        String parent,
        String region,
        @Size(max = Body.DESCRIPTION_LENGTH) String description,
        @Email @Size(max = Body.EMAIL_LENGTH) String contactEmail,
        @Size(max = Body.PHONE_LENGTH) String contactPhone,
        @Size(max = Body.WEBSITE_LENGTH) @Pattern(regexp = Body.WEBSITE_FORM) String website,
        @Size(max = Body.ADDRESS_LENGTH) String address,
        List<String> topics) {

    public BodyDraft {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
