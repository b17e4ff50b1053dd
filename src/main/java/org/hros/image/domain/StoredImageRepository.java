package org.hros.image.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredImageRepository extends JpaRepository<StoredImage, String> {}
