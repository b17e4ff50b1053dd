package org.hros.casestudy.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hros.casestudy.domain.CaseAuthoring;
import org.hros.platform.KeptForm;
import org.hros.platform.KeptFormReplay;
import org.hros.shared.TextInput;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Validator;
import org.springframework.web.ErrorResponseException;

/**
 * Saves a case editor's form that arrived after its author's session ended, once they have logged in again:
 * a draft's text (also an autosave, or the first save of a new case) goes into the draft exactly as a press of
 * "Save draft" would have put it. A form that is not valid or that was overtaken by a newer version is left to
 * the author, who sees it and decides.
 */
@Component
class KeptDraftReplay implements KeptFormReplay {

    private static final Pattern DRAFT = Pattern.compile("/my/cases/(\\d{1,18})");

    private final CaseAuthoring authoring;
    private final ConversionService conversions;
    private final Validator validator;

    KeptDraftReplay(CaseAuthoring authoring, ConversionService mvcConversionService, Validator mvcValidator) {
        this.authoring = authoring;
        this.conversions = mvcConversionService;
        this.validator = mvcValidator;
    }

    @Override
    public Optional<String> replay(long memberId, KeptForm kept) {
        Matcher draft = DRAFT.matcher(kept.path());
        boolean isNew = kept.path().equals("/cases");
        if (!isNew && !draft.matches()) {
            return Optional.empty();
        }
        if ("submit".equals(kept.first("action"))) {
            // Sending a case to the editors is a decision the author takes again, looking at it.
            return Optional.empty();
        }
        Optional<CaseForm> form = bind(kept);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (isNew) {
                return Optional.of("/my/cases/"
                        + authoring.createDraft(memberId, form.get().command()));
            }
            long id = Long.parseLong(draft.group(1));
            authoring.saveDraft(memberId, id, form.get().command());
            return Optional.of("/my/cases/" + id);
        } catch (ErrorResponseException
                | org.hros.shared.FieldErrorsException
                | org.springframework.dao.DataAccessException e) {
            // Not ours any more, no longer editable, stale or refused: the author sees the text and decides.
            return Optional.empty();
        }
    }

    /** The form as Spring MVC would bind and validate it; empty when anything in it is refused. */
    private Optional<CaseForm> bind(KeptForm kept) {
        for (List<String> values : kept.parameters().values()) {
            if (!values.stream().allMatch(TextInput::acceptable)) {
                return Optional.empty();
            }
        }
        DataBinder binder = new DataBinder(null, "caseForm");
        binder.setTargetType(ResolvableType.forClass(CaseForm.class));
        binder.setConversionService(conversions);
        binder.setValidator(validator);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                List<String> values = kept.parameters().get(name);
                if (values == null) {
                    return null;
                }
                List<String> normalised =
                        values.stream().map(TextInput::normalise).toList();
                return normalised.size() == 1 ? normalised.get(0) : normalised.toArray(String[]::new);
            }

            @Override
            public Set<String> getNames() {
                return kept.parameters().keySet();
            }
        });
        if (binder.getBindingResult().hasErrors() || !(binder.getTarget() instanceof CaseForm form)) {
            return Optional.empty();
        }
        binder.validate();
        return binder.getBindingResult().hasErrors() ? Optional.empty() : Optional.of(form);
    }
}
